package pii

import "testing"

// testdata/heldout157.jsonl is the hundred-and-fifty-seventh held-out file:
// 279 messages (140 Russian, 139 English; 65 without personal data; 463
// gold spans: PERSON 252, PHONE 53, ADDRESS 52, EMAIL 31, PASSPORT 21, IP
// 13, CARD 12, INN 11, BANK_ACCOUNT 9, OGRN 5, SNILS 4), written by hand by
// someone who saw neither the engine nor any other labelled file, while the
// engine was tuned on heldout154 and heldout155. It is the CRM of a
// pawnshop and microloan network, a Russian chain with an English desk and
// a UK pawnbroker: pledges of gold, watches and electronics with
// appraisals, loan agreements, extensions and redemptions, interest paid
// by card, cash or СБП, overdue SMS, auctions and surplus payouts, police
// requests about stolen items, seizure orders, complaints, KYC records,
// powers of attorney, deletion and data-subject requests. Chats, lower-case
// call transcripts, e-mails with headers, quotes, forwards and signatures,
// web forms, CSV, semicolon and pipe tables, OCR'd passports and pledge
// tickets, POS, cabinet and audit logs with IPv4 and IPv6, SMS. Every case
// form, first name and patronymic, initials, diminutives, lower-case and
// capitalised names labelled, titles outside; jewellery and watch brands
// that look like names (Cartier, «Соколов», серьги «Виктория») unlabelled,
// a customer whose surname is a brand labelled; names that are also words
// both ways. Negatives: pledge-ticket, lot, serial, IMEI, receipt, invoice,
// case and tracking numbers, VINs, plates, ОМС, КПП, БИК, ОКПО,
// correspondent accounts, assays, IP-shaped versions, a private router's
// address, wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.89 (engine
// 1.87.0, commit 3620003): IP 0.963 (a branch router's private address,
// which the writer left unlabelled) missed its target, PERSON 0.951,
// ADDRESS 0.971 and the other types (1.0) met theirs; 1.898% of PII
// characters leaked (141 of 7427: ADDRESS 99, PERSON 42: a hospital's name
// that the writer put inside its address, a spoken address), against the
// target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.90
// (engine 1.88.0), with those of heldout154 to 156: jewellery and watches
// named like people (кольцо «Соколов», серьги «Виктория», часы «Слава»),
// "Faster Payments", "Pawnbrokers". With rules-2025.90: PERSON 0.964,
// ADDRESS 0.971, IP 0.963, the others 1.0; leak 1.898% (141 of 7427:
// ADDRESS 99, PERSON 42).

// heldout157Floor guards the tuned level.
var heldout157Floor = map[string]float64{
	TypeBankAccount: 0.99, TypeCard: 0.99, TypeEmail: 0.99, TypeINN: 0.99, TypeIP: 0.96, TypeOGRN: 0.99,
	TypePassport: 0.99, TypePhone: 0.99, TypeSNILS: 0.99, TypeAddress: 0.97, TypePerson: 0.96,
}

// heldout157MaxLeak: target 0.005; 1.898% untuned, 1.898% tuned.
const heldout157MaxLeak = 0.019

func TestHeldout157(t *testing.T) {
	corpusCheck{file: "testdata/heldout157.jsonl", name: "hundred-and-fifty-seventh held-out corpus", minMessages: 250,
		floors: heldout157Floor, everyType: true, maxLeak: heldout157MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
