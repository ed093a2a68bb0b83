package pii

import "testing"

// testdata/heldout951.jsonl is the nine-hundred-and-fifty-first held-out
// file: 280 messages (140 Russian, 140 English; 60 without personal data;
// 509 gold spans: PERSON 276, ADDRESS 67, PHONE 53, EMAIL 32, PASSPORT 17,
// IP 15, INN 14, BANK_ACCOUNT 10, CARD 10, SNILS 8, OGRN 7), written by hand
// by someone who saw neither the engine nor any other labelled file, while
// the engine was tuned on files up to heldout948. It is the CRM of a
// climbing gym and trampoline park in Yekaterinburg and Tyumen: visits,
// children's birthday parties, instructors, injuries and waivers signed by
// parents, memberships, events. Chats with parents, lower-case call
// transcripts, e-mails in English with foreign climbers, CSV waiver lists,
// pipe tables of payments, logs of the booking site with IPs, SMS.
// Instructors by nickname (Паук, Кот, Tank), children and parents in many
// cases, a passport read out in lower case. Negatives: routes named like
// people («Маша и Медведь», 'Big Mike', 'Dr. Evil'), famous climbers and
// characters, waiver numbers, numbers with wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.256 (engine
// 1.251.0, commit 0cfe533): PASSPORT 0.938 missed its target (a Kazakh
// passport in a CSV's "Doc" column and a German passport read out in lower
// case ("cfj2kl8r4")); PERSON 0.929, ADDRESS 0.993 and the other types (1.0)
// met theirs; 2.069% of PII characters leaked (178 of 8603: PERSON 84,
// PASSPORT 30, ADDRESS 64), against the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.257
// (engine 1.252.0), with those of the other files from heldout949 to
// heldout956: none of its own misses; the rules from the other files changed
// none of its figures. Left: instructors by nicknames that are words (Кот,
// Гек, Tank), routes named like people ("Big Mike"), a street without its
// keyword ("на Малышева"), and a passport read out in lower case. Tuned:
// PERSON 0.929, PASSPORT 0.938, ADDRESS 0.993; 2.069% leaked (178 of 8603).

// heldout951Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout951Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.937, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout951MaxLeak: target 0.005, missed untuned (2.069%), missed tuned (2.069%).
const heldout951MaxLeak = 0.021

func TestHeldout951(t *testing.T) {
	corpusCheck{file: "testdata/heldout951.jsonl", name: "nine-hundred-and-fifty-first held-out corpus", minMessages: 250,
		floors: heldout951Floor, everyType: true, maxLeak: heldout951MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
