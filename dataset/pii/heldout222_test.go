package pii

import "testing"

// testdata/heldout222.jsonl is the two-hundred-and-twenty-second held-out
// file: 280 messages (140 Russian, 140 English; 57 without personal data;
// 532 gold spans: PERSON 302, PHONE 73, EMAIL 42, PASSPORT 34, ADDRESS 21,
// BANK_ACCOUNT 17, IP 13, INN 12, CARD 10, OGRN 5, SNILS 3), written by
// hand by someone who saw neither the engine nor any other labelled file,
// while the engine was tuned on older files' misses.
// It is the CRM of a regional airline's customer-relations desk (Moscow,
// Novosibirsk, Krasnoyarsk, Tashkent, Yerevan): bookings and changes,
// baggage claims, delay compensation paid to cards and accounts,
// frequent-flyer accounts, unaccompanied minors, passengers with reduced
// mobility, corporate contracts, complaints, deletion requests. Chats,
// SMS, lower-case call transcripts, e-mails with headers, quotes, forwards
// and signatures, web forms, memos, invoices; CSV and pipe passenger
// lists, manifests and boarding passes (SURNAME/NAME MR), DOCS and APIS
// strings, OCR'd passports, booking-engine logs. Every case form, Uzbek
// and Armenian names, names that are also words used both ways, aircraft
// named after people are no people. Negatives: booking references,
// 13-digit ticket and EMD numbers (some next to phones), flight numbers,
// seats, bag tags, PIR references, frequent-flyer numbers, aircraft
// registrations, БИК, correspondent accounts, КПП, ОКПО, ОМС, a VIN, a
// plate, masked cards, versions shaped like IPs, wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.135 (engine
// 1.130.2, commit 79386ab): PASSPORT 0.921 missed its target (DOCS strings
// whose passport field follows "P/" with no slash before it, "SSR DOCS YK
// HK1 P/RU/754218836/…", "DOCS/P/UZB/…", and their names); PERSON 0.971
// (aircraft named after people read as people, names in lower case
// missed) and the other types (1.0) met theirs; 2.142% of PII characters
// leaked (174 of 8125: PERSON 120, PASSPORT 51, ADDRESS 3), against the
// target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.136
// (engine 1.131.0), with those of heldout221 and heldout223 to heldout227:
// passport elements with no slash before the document type or without the
// word DOCS, and the names in them. Tuned: PASSPORT 1.0, PERSON 0.987;
// 0.468% leaked (38 of 8125), under the target.

// heldout222Floor holds the tuned figures: the targets, all met.
var heldout222Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.97, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout222MaxLeak: target 0.005, missed untuned (2.142%), met tuned (0.468%).
const heldout222MaxLeak = 0.005

func TestHeldout222(t *testing.T) {
	corpusCheck{file: "testdata/heldout222.jsonl", name: "two-hundred-and-twenty-second held-out corpus", minMessages: 250,
		floors: heldout222Floor, everyType: true, maxLeak: heldout222MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
