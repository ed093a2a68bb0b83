package pii

import "testing"

// testdata/heldout144.jsonl is the hundred-and-forty-fourth held-out file:
// 276 messages (138 Russian, 138 English; 59 without personal data; 532
// gold spans: PERSON 297, PHONE 56, ADDRESS 39, EMAIL 38, IP 23, PASSPORT
// 22, INN 17, BANK_ACCOUNT 14, CARD 12, OGRN 8, SNILS 6), written by hand by
// someone who saw neither the engine nor any other labelled file, while the
// engine was tuned on heldout140 to heldout143. It is the CRM of a city
// library network and cultural centre: adult and children's registration
// (passports, SNILS, birth certificates, parents), lost and overdue books,
// fines by card, events and lectures, children's clubs, volunteers,
// donations, interlibrary loans, suppliers' and lecturers' contracts and
// requisites, complaints, deletion requests. Staff chats, lower-case call
// transcripts, e-mails with headers, quotes, forwards and signatures,
// forms, CSV and pipe tables of readers and overdue books, OCR'd passports
// and forms, web, auth and DHCP logs with IPv4 and IPv6, SMS, statements.
// Readers who share names with writers and characters (Пушкин, Наталья
// Ростова, Anna Karenina Petrova, Mark Tvain) labelled; the writers named
// as authors or topics (Толстой Л.Н., Булгаков, Nabokov) and the books'
// characters (Гарри Поттер, Jane Eyre, Frodo Baggins) left unlabelled, as
// are libraries, halls and clubs named after them. Every case form and
// diminutive, lower-case names, names in capitals; names that are also
// words both ways (Вера, Надежда, Любовь, Роман, Лев, Слава, Hope, Grace,
// Will, Mark, Faith, Rose, Patience, Joy, Victoria). Negatives: reader-card,
// inventory, ISBN, order, contract, invoice, ticket, tracking and booking
// numbers, КПП, БИК, ОКПО, correspondent accounts, ОМС, RRNs, masked cards,
// an IP-shaped version, wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.83 (engine
// 1.81.0, commit 9ec918a): PERSON 0.887 missed its target (57 false alarms,
// nearly all writers named as authors and books' characters, which this
// writer left unlabelled), every other type met its target (PHONE 0.991
// with an OCR'd phone with letters for digits missed, the others 1.0);
// 1.737% of PII characters leaked (142 of 8174: PERSON 121, PHONE 15,
// PASSPORT 6; lower-case English names, a reader named like a writer,
// "Grace Hopper-Lewis"), against the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.84
// (engine 1.82.0), with heldout145's: books and their characters named as
// such ("Анна Каренина", "Гарри Поттер", "Jane Eyre", "Frodo Baggins"; a
// reader "Anna Karenina Petrova" stays a person), a name's repetition
// inside such a title ("Добрый день, Анна! … «Анна Каренина»"), "Lermontov
// Library". The writers named as authors stay people for the engine. With
// rules-2025.84: PERSON 0.917, PHONE 0.991, the others 1.0; leak 1.737%
// (142 of 8174: PERSON 121, PHONE 15, PASSPORT 6).

// heldout144Floor guards the tuned level.
var heldout144Floor = map[string]float64{
	TypeBankAccount: 0.99, TypeCard: 0.99, TypeEmail: 0.99, TypeINN: 0.99, TypeIP: 0.99, TypeOGRN: 0.99,
	TypePassport: 0.99, TypePhone: 0.99, TypeSNILS: 0.99, TypeAddress: 0.99, TypePerson: 0.91,
}

// heldout144MaxLeak: target 0.005; 1.737% untuned and tuned.
const heldout144MaxLeak = 0.018

func TestHeldout144(t *testing.T) {
	corpusCheck{file: "testdata/heldout144.jsonl", name: "hundred-and-forty-fourth held-out corpus", minMessages: 250,
		floors: heldout144Floor, everyType: true, maxLeak: heldout144MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
