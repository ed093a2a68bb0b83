package pii

import "testing"

// testdata/heldout359.jsonl is the three-hundred-and-fifty-ninth held-out
// file: 281 messages (143 Russian, 138 English; 61 without personal data;
// 579 gold spans: PERSON 347, PHONE 67, ADDRESS 45, EMAIL 37, PASSPORT 24,
// CARD 14, INN 13, IP 10, BANK_ACCOUNT 9, SNILS 7, OGRN 6), written by
// hand by someone who saw neither the engine nor any other labelled file,
// while the engine was tuned on files up to heldout355. It is the CRM of a
// luxury concierge and ticketing service in Moscow, St Petersburg, Dubai
// and London: restaurant, theatre and hotel bookings, jet, helicopter and
// yacht charters, VIP guest lists, visas, gifts and deliveries,
// chauffeurs, card payments. Chats, SMS, lower-case call transcripts,
// e-mails with headers, quotes and signatures, web forms, CRM and security
// logs, webhooks, pipe, CSV and semicolon guest lists, a passenger
// manifest, OCR'd passports, an e-ticket. First name and patronymic, every
// case form, cardholder names in capitals, Arabic names, words that are
// also names used both ways. Negatives: restaurants, theatres, hotels and
// shows named after people (Пушкинъ, Палкинъ, Claridge's, Dinner by Heston
// Blumenthal, Hamilton, the Mohammed Bin Rashid Library), amounts in
// groups, booking and ticket numbers, КПП, БИК, wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.166 (engine
// 1.161.0, commit 7304d08): PERSON 0.915 and CARD 0.963 missed their
// targets (places and shows named after people read as people, 36 of them;
// an Amex number after "Amex" in a sentence about a deposit); ADDRESS
// 0.941 (Dubai and London addresses in layouts not seen before), EMAIL
// 0.974, PHONE 0.993 (an amount in groups) and the other types (1.0) met
// theirs; 5.607% of PII characters leaked (495 of 8829: ADDRESS 278,
// PERSON 202, CARD 15).
//
// It is no longer held out: after that run its misses drove rules-2025.167
// (engine 1.162.0), with those of the other files from heldout356 to
// heldout359: an Amex number after its word; restaurants, halls, places and
// a car named like people ("Dinner by Heston Blumenthal", Albert Hall, Gare
// du Nord, Rolls-Royce Phantom). Tuned: CARD 1.0 (now met), PERSON 0.923
// (now met), ADDRESS 0.941; 5.505% leaked (486 of 8829).

// heldout359Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout359Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.97, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout359MaxLeak: target 0.005, missed untuned (5.607%), missed tuned (5.505%).
const heldout359MaxLeak = 0.056

func TestHeldout359(t *testing.T) {
	corpusCheck{file: "testdata/heldout359.jsonl", name: "three-hundred-and-fifty-ninth held-out corpus", minMessages: 250,
		floors: heldout359Floor, everyType: true, maxLeak: heldout359MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
