package pii

import "testing"

// testdata/heldout41.jsonl is the forty-first held-out file: 272 messages
// (137 Russian, 135 English; 49 without personal data; 548 gold spans:
// PERSON 308, PHONE 41, ADDRESS 37, EMAIL 34, INN 30, PASSPORT 21,
// BANK_ACCOUNT 20, IP 17, SNILS 14, OGRN 14, CARD 12), written by hand by
// someone who saw neither the engine nor any other labelled file, while the
// engine was tuned on heldout38 and heldout39. It is the CRM of a tax
// consultancy and accounting-outsourcing firm: 3-НДФЛ returns, deductions
// for property, treatment and education, residency of foreign clients, sole
// traders' bookkeeping, payroll for small firms, bank statements, tax
// office requests, engagement letters and invoices. Chats, letters, e-mails
// with signatures and quoted history, lower-case call and voicemail
// transcripts (phones, numbers and a БИК spoken), notices, requisites,
// lists and registers. Names in full, surname and initials in both orders,
// every case, diminutives (Катюш, Гоша), lower case, signatures, "Surname,
// Name", "SURNAME/NAME", "the Bennett family"; titles (Mr., Mrs., Dr.,
// Herr, MRS) outside. Private LAN addresses and a mail server are labelled
// IP; two addresses in transcripts have no city. Negatives: Слава богу,
// Вера в успех, Лада Веста, Will you, Mark my words, Victoria the city
// (beside Victoria and Slava as people), firms and brands; order, ticket,
// invoice, contract and claim numbers, tracking and waybill numbers,
// amounts, dates, a VIN, a plate, ОМС and ДМС policies, КПП, БИК, ОКПО,
// ОКТМО, a 20-digit КБК, correspondent accounts, patents, a Kazakh ИИН,
// masked cards, versions shaped like IPs, and an INN, a SNILS and cards with
// one check digit off.
//
// The engine was judged on it once, untuned, with rules-2025.25 (engine
// 1.23.0, commit 2880779): BANK_ACCOUNT, CARD, EMAIL, INN, OGRN, PHONE and
// SNILS 1.0, ADDRESS 0.986, PERSON 0.982 and PASSPORT 0.976 (targets met);
// IP 0.9697 (one missed) just misses its target; 1.530% of PII characters
// leaked (134 of 8759: PERSON 59, ADDRESS 42, IP 23, PASSPORT 10).

// It is no longer held out: after that run its misses (with heldout40's)
// drove rules-2025.26 (engine 1.24.0). With rules-2025.26: PASSPORT 0.976,
// PERSON 0.987, every other type 1.0; leak 0.776% (PERSON 49, PASSPORT 10,
// ADDRESS 9).

// heldout41Floor guards the tuned level.
var heldout41Floor = map[string]float64{
	TypeBankAccount: 0.99, TypeCard: 0.99, TypeEmail: 0.99, TypeINN: 0.99, TypeIP: 0.99, TypeOGRN: 0.99,
	TypePassport: 0.97, TypePhone: 0.99, TypeSNILS: 0.99, TypeAddress: 0.99, TypePerson: 0.98,
}

// heldout41MaxLeak: target 0.005; 1.530% untuned, 0.776% tuned.
const heldout41MaxLeak = 0.008

func TestHeldout41(t *testing.T) {
	corpusCheck{file: "testdata/heldout41.jsonl", name: "forty-first held-out corpus", minMessages: 250,
		floors: heldout41Floor, everyType: true, maxLeak: heldout41MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
