package pii

import "testing"

// testdata/heldout545.jsonl is the five-hundred-and-forty-fifth held-out
// file: 280 messages (140 Russian, 140 English; 62 without personal data;
// 513 gold spans: PERSON 269, ADDRESS 71, PHONE 58, EMAIL 36, IP 17,
// PASSPORT 14, INN 13, BANK_ACCOUNT 12, CARD 11, OGRN 6, SNILS 6), written
// by hand by someone who saw neither the engine nor any other labelled file,
// while the engine was tuned on files up to heldout540. It is the CRM of a
// pet hotel and dog training school near Moscow and St Petersburg: boarding
// bookings, vaccination documents, owners' and emergency contacts, trainers'
// schedules, group classes, pick-up and delivery of pets, injuries and vets'
// bills, payments and refunds, complaints. Chats with owners, lower-case
// call transcripts, e-mails with quotes, web booking forms, CSV boarding
// lists, pipe tables of trainers' payouts, webhooks and logs, OCR'd
// contracts, SMS. Owners and pets in one message, owners named like other
// owners' pets, trainers by first name, cottage villages and garden plots as
// addresses, names in their cases, foreign ID cards, phones and addresses
// said in words. Negatives: pets with people's names, breeders by kennel
// name, famous people and characters, a microchip's number, masked cards,
// codes, numbers with wrong check digits, handles.
//
// The engine was judged on it once, untuned, with rules-2025.202 (engine
// 1.197.0, commit b4d5f11): PASSPORT 0.923 missed its target (a diplomatic
// ID card's number with a dash and an Italian identity card's letters and
// digits); PERSON 0.941, ADDRESS 0.921 and the other types (1.0) met theirs;
// 5.407% of PII characters leaked (485 of 8969: PERSON 23, PASSPORT 30,
// ADDRESS 432), against the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.203
// (engine 1.198.0), with those of the other files from heldout541 to
// heldout548: a cottage village before its street in English ("Pavlovo
// cottage village, Sadovaya St, house 19"). Left: pets with people's names,
// a diplomatic and an Italian identity card, cottage settlements in quotes,
// and an airport's territory. Tuned: PERSON 0.941, PASSPORT 0.923, ADDRESS
// 0.950; 3.947% leaked (354 of 8969).

// heldout545Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout545Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.923, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout545MaxLeak: target 0.005, missed untuned (5.407%), missed tuned (3.947%).
const heldout545MaxLeak = 0.04

func TestHeldout545(t *testing.T) {
	corpusCheck{file: "testdata/heldout545.jsonl", name: "five-hundred-and-forty-fifth held-out corpus", minMessages: 250,
		floors: heldout545Floor, everyType: true, maxLeak: heldout545MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
