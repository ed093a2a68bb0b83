package pii

import "testing"

// testdata/heldout479.jsonl is the four-hundred-and-seventy-ninth held-out
// file: 280 messages (140 Russian, 140 English; 64 without personal data;
// 523 gold spans: PERSON 276, ADDRESS 72, PHONE 58, EMAIL 38, IP 18, INN 13,
// PASSPORT 13, CARD 12, BANK_ACCOUNT 11, OGRN 6, SNILS 6), written by hand
// by someone who saw neither the engine nor any other labelled file, while
// the engine was tuned on files up to heldout476. It is the CRM of a home
// blood-draw and laboratory courier service in St Petersburg, Kaliningrad
// and Vilnius: nurses' home visits, test orders, results by e-mail,
// corporate check-ups, payments, complaints, Lithuanian and Russian clients.
// Chats with patients, lower-case call transcripts with an address,
// entrance, floor and intercom, a birth date and a phone read out, e-mails
// with quotes, web booking forms, CSV visit schedules, pipe tables of
// nurses' visits and pay, LIS logs, OCR'd referrals, consent forms and
// passports, SMS. Lithuanian names and addresses, Kaliningrad addresses,
// tests named after people (negative), nurses by first name, patients in the
// genitive, Lithuanian personal codes (a passport only in an ID field).
// Negatives: sample and barcode numbers, policy numbers, numbers with wrong
// check digits.
//
// The engine was judged on it once, untuned, with rules-2025.191 (engine
// 1.186.0, commit 1f8aea9): PASSPORT 0.960 missed its target (a Lithuanian
// personal code in an ID card's field); PERSON 0.956, PHONE 0.983, ADDRESS
// 0.949 and the other types (1.0) met theirs; 3.946% of PII characters
// leaked (337 of 8540: PERSON 149, PHONE 24, PASSPORT 17, ADDRESS 147),
// against the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.192
// (engine 1.187.0), with those of the other files from heldout477 to
// heldout480: Lithuanian given names added to the name data (Aistė, Gintarė)
// and Lithuanian surname endings (-ienė, -aitė, -auskas). Left: Lithuanian
// streets abbreviated "g." after a word that opens with a letter beyond
// ASCII, a Lithuanian personal code in an ID field, Lithuanian phones
// without "+", and tests named after people. Tuned: PERSON 0.980, PHONE
// 0.983, PASSPORT 0.960, ADDRESS 0.949; 2.682% leaked (229 of 8540).

// heldout479Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout479Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.959, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout479MaxLeak: target 0.005, missed untuned (3.946%), missed tuned (2.682%).
const heldout479MaxLeak = 0.027

func TestHeldout479(t *testing.T) {
	corpusCheck{file: "testdata/heldout479.jsonl", name: "four-hundred-and-seventy-ninth held-out corpus", minMessages: 250,
		floors: heldout479Floor, everyType: true, maxLeak: heldout479MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
