package pii

import "testing"

// testdata/heldout124.jsonl is the hundred-and-twenty-fourth held-out file:
// 276 messages (141 Russian, 135 English; 56 without personal data; 547
// gold spans: PERSON 257, PHONE 58, ADDRESS 58, EMAIL 47, INN 30, IP 20,
// CARD 19, BANK_ACCOUNT 18, PASSPORT 15, SNILS 14, OGRN 11), written by
// hand by someone who saw neither the engine nor any other labelled file,
// while the engine was tuned on heldout120 to heldout123. It is the CRM of
// a publishing house with an online bookstore and author events in Russia
// and Kazakhstan: orders, deliveries, returns, pre-orders, gift
// certificates, loyalty cards, complaints, deletion requests, manuscripts,
// contracts and royalties of authors, translators and illustrators, book
// signings at venues. Chats, lower-case call transcripts, e-mails with
// headers, quotes, forwards and signatures, forms, CSV, semicolon and pipe
// tables, OCR'd contracts and invoices, payment, login and audit logs,
// SMS templates, JSON webhooks, airline bookings. Case forms and
// diminutives, lower-case names, initials, pen names, dedications, foreign
// names; titles and characters with names (Анна Каренина, Emma, Harry
// Potter, Jane Eyre, David Copperfield) and series named after people,
// which are no persons; authors by surname alone; names that are also
// words both ways (Вера, Надежда, Любовь, Роман, Слава, Hope, Grace, Will,
// Mark, Victoria). Addresses in Russia, Kazakhstan, the UK, the US and
// Europe, some spoken. Negatives: orders, tickets, invoices, tracking
// numbers, ISBNs, SKUs, VINs, plates, ОМС, КПП, БИК, ОКПО, correspondent
// accounts, masked cards, IP-shaped versions, numbers with a wrong check
// digit.
//
// The engine was judged on it once, untuned, with rules-2025.74 (engine
// 1.72.0, commit 5c6cffb): every type met its target (PERSON 0.925: book
// titles and their characters read as people; ADDRESS 0.965, EMAIL 0.979
// with two rights addresses the writer left unlabelled, the others 1.0);
// 1.408% of PII characters leaked (126 of 8952: PERSON 72, ADDRESS 54;
// names that are also words, authors by surname alone, a spoken English
// address), against the target of 0.5%.
//
// It is no longer held out: after that run its misses (with heldout125's)
// drove rules-2025.75 (engine 1.73.0): a quoted name is a title when a
// word for a book, its copies or an order stands near the quotes ("тираж
// «Анны Карениной»", "the hardback of "Emma"", "2 x "Anna Karenina"").
// With rules-2025.75: PERSON 0.946 (titles with no book word near, names
// that are also words), ADDRESS 0.965, EMAIL 0.979, the others 1.0; leak
// 1.408% (126 of 8952: PERSON 72, ADDRESS 54).

// heldout124Floor guards the tuned level.
var heldout124Floor = map[string]float64{
	TypeBankAccount: 0.99, TypeCard: 0.99, TypeEmail: 0.97, TypeINN: 0.99, TypeIP: 0.99, TypeOGRN: 0.99,
	TypePassport: 0.99, TypePhone: 0.99, TypeSNILS: 0.99, TypeAddress: 0.96, TypePerson: 0.94,
}

// heldout124MaxLeak: target 0.005; 1.408% untuned and tuned.
const heldout124MaxLeak = 0.015

func TestHeldout124(t *testing.T) {
	corpusCheck{file: "testdata/heldout124.jsonl", name: "hundred-and-twenty-fourth held-out corpus", minMessages: 250,
		floors: heldout124Floor, everyType: true, maxLeak: heldout124MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
