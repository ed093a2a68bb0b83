package pii

import "testing"

// testdata/heldout475.jsonl is the four-hundred-and-seventy-fifth held-out
// file: 280 messages (140 Russian, 140 English; 64 without personal data;
// 516 gold spans: PERSON 270, ADDRESS 69, PHONE 57, EMAIL 37, PASSPORT 17,
// IP 16, INN 13, BANK_ACCOUNT 12, CARD 11, OGRN 7, SNILS 7), written by hand
// by someone who saw neither the engine nor any other labelled file, while
// the engine was tuned on files up to heldout472. It is the CRM of an
// agricultural machinery dealer and service centre in Orenburg, Kurgan and
// Kostanay: tractor and combine sales to farms and sole traders, leasing,
// spare parts, warranty repairs in the field, mechanics' visits to villages,
// payments, subsidies, complaints. E-mails with farms and leasing firms with
// quotes and signatures, short lower-case chats with mechanics, lower-case
// call transcripts with a village address and a phone read out, web forms,
// CSV machine lists, pipe tables of payments, telematics logs, OCR'd
// contracts and powers of attorney, SMS. Machines named like people
// (Кировец), farms named after their heads, Kostanay villages, mechanics by
// nickname, Kazakh IINs (negative). Negatives: VIN and serial numbers,
// numbers with wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.190 (engine
// 1.185.0, commit 5d16aec): PASSPORT 0.867 missed its target (Kazakh ID
// cards of nine digits and Russian passports for foreign travel in a table
// without a word for passport); PERSON 0.955 and the other types (1.0) met
// theirs; 2.271% of PII characters leaked (217 of 9554: PERSON 124, PASSPORT
// 38, ADDRESS 55), against the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.191
// (engine 1.186.0), with those of the other files from heldout473 to
// heldout476: an identity card abbreviated ("уд. личности № 038471926") and
// a list's "P/P" before a passport. Left: a Kazakh ID card after
// "удостоверения" alone, mechanics' nicknames (Кузя, Шаман, Борода), lower-
// case surnames in the instrumental, and farms named after their heads in
// lower case. Tuned: PERSON 0.956, PASSPORT 0.9697; 1.968% leaked (188 of
// 9554).

// heldout475Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout475Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.969, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout475MaxLeak: target 0.005, missed untuned (2.271%), missed tuned (1.968%).
const heldout475MaxLeak = 0.02

func TestHeldout475(t *testing.T) {
	corpusCheck{file: "testdata/heldout475.jsonl", name: "four-hundred-and-seventy-fifth held-out corpus", minMessages: 250,
		floors: heldout475Floor, everyType: true, maxLeak: heldout475MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
