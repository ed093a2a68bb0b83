package pii

import "testing"

// testdata/heldout901.jsonl is the nine-hundred-and-first held-out file: 280
// messages (140 Russian, 140 English; 62 without personal data; 514 gold
// spans: PERSON 275, ADDRESS 64, PHONE 55, EMAIL 33, IP 17, PASSPORT 17,
// CARD 15, INN 14, BANK_ACCOUNT 10, OGRN 7, SNILS 7), written by hand by
// someone who saw neither the engine nor any other labelled file, while the
// engine was tuned on files up to heldout900. It is the CRM of a car rental
// company at Kaliningrad, Murmansk and Irkutsk airports: bookings, licence
// and passport checks, deposits, damages, camera fines, one-way returns.
// E-mails in English with foreign renters, booking chats, lower-case call
// transcripts, CSV rental lists, pipe tables of deposits and fines, rental
// contracts, logs with IPs, SMS. Chinese, Korean, German and Israeli renters
// with passports and ID numbers, names in many cases and diminutives, hotel
// deliveries. Negatives: driver's licences in the passport's layout, car
// models and plates, 20-digit fine numbers, famous people, numbers with
// wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.250 (engine
// 1.245.0, commit 4baaa97): PASSPORT 0.919 missed its target (driver's
// licences in a CSV's rows, "39 27 584913", taken for passports); PERSON
// 0.982, EMAIL 0.985, ADDRESS 0.953 and the other types (1.0) met theirs;
// 1.675% of PII characters leaked (148 of 8834: PERSON 52, EMAIL 28, ADDRESS
// 68), against the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.251
// (engine 1.246.0), with those of the other files from heldout901 to
// heldout908: none of its own misses; the rules from the other files changed
// none of its figures. Left: driver's licences in the passport's layout
// taken for passports, German and Dutch postal addresses over several lines,
// and a hotel's square before its house. Tuned: PERSON 0.982, EMAIL 0.985,
// PASSPORT 0.919, ADDRESS 0.953; 1.675% leaked (148 of 8834).

// heldout901Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout901Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.918, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout901MaxLeak: target 0.005, missed untuned (1.675%), missed tuned (1.675%).
const heldout901MaxLeak = 0.017

func TestHeldout901(t *testing.T) {
	corpusCheck{file: "testdata/heldout901.jsonl", name: "nine-hundred-and-first held-out corpus", minMessages: 250,
		floors: heldout901Floor, everyType: true, maxLeak: heldout901MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
