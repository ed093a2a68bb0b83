package pii

import "testing"

// testdata/heldout542.jsonl is the five-hundred-and-forty-second held-out
// file: 280 messages (140 Russian, 140 English; 64 without personal data;
// 526 gold spans: PERSON 279, ADDRESS 69, PHONE 59, EMAIL 39, IP 17,
// PASSPORT 16, INN 14, BANK_ACCOUNT 10, CARD 9, OGRN 7, SNILS 7), written by
// hand by someone who saw neither the engine nor any other labelled file,
// while the engine was tuned on files up to heldout540. It is the CRM of a
// private orthodontics and children's dentistry clinic in Ufa, Orenburg and
// Aktobe: appointments for children with their parents, braces and aligner
// plans, instalments, tax deduction certificates for parents, X-ray records,
// reminders, complaints, Kazakh families. Chats with parents, lower-case
// call transcripts, e-mails with quotes, web booking forms, CSV patient
// lists, pipe tables of instalments, webhooks and logs, OCR'd contracts, SMS
// reminders. Children by their diminutives and parents by name and
// patronymic in one message, Kazakh and Bashkir names and the Kazakh
// genitive, Aktobe addresses, Kazakh ID cards and passports, names in their
// cases, passport names in capitals, phones and addresses said in words.
// Negatives: braces brands named like people, tooth numbers shaped like
// phones, famous people, a pet, masked cards, codes, numbers with wrong
// check digits.
//
// The engine was judged on it once, untuned, with rules-2025.202 (engine
// 1.197.0, commit b4d5f11): PASSPORT 0.933 missed its target (Kazakh
// identity card numbers of nine digits after "По номеру" and "Kazakh ID
// number"); PERSON 0.982, PHONE 0.983, ADDRESS 0.947 and the other types
// (1.0) met theirs; 3.398% of PII characters leaked (313 of 9211: PERSON 36,
// PHONE 8, PASSPORT 24, ADDRESS 245), against the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.203
// (engine 1.198.0), with those of the other files from heldout541 to
// heldout548: a Kazakh ID's nine digits after "Kazakh ID number", a trade's
// street in the genitive plural after a town ("Orenburg, Montazhnikov
// 7-91"), and a transcript's speaker "женщина". Left: a Kazakh ID's number
// after "По номеру", Latin streets with a flat after a dash, a microdistrict
// in English, and famous people. Tuned: PERSON 0.984, PHONE 0.983, PASSPORT
// 0.968, ADDRESS 0.955; 3.007% leaked (277 of 9211).

// heldout542Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout542Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.967, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout542MaxLeak: target 0.005, missed untuned (3.398%), missed tuned (3.007%).
const heldout542MaxLeak = 0.031

func TestHeldout542(t *testing.T) {
	corpusCheck{file: "testdata/heldout542.jsonl", name: "five-hundred-and-forty-second held-out corpus", minMessages: 250,
		floors: heldout542Floor, everyType: true, maxLeak: heldout542MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
