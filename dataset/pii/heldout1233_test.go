package pii

import "testing"

// testdata/heldout1233.jsonl is the one-thousand-two-hundred-and-thirty-third
// held-out file: 280 messages (140 Russian, 140 English; 63 without personal
// data; 560 gold spans: PERSON 297, ADDRESS 70, PHONE 59, EMAIL 38, IP 20, INN
// 18, PASSPORT 17, BANK_ACCOUNT 15, CARD 11, OGRN 8, SNILS 7), written by hand
// by someone who saw neither the engine nor any other labelled file, while the
// engine was tuned on files up to heldout1220. It is a psychotherapy and
// family counselling centre in Moscow and Saint Petersburg: sessions, intake
// forms, referrals, supervision notes, online consultations. Its brief asked
// for chats, lower-case call transcripts with numbers said aloud, e-mails, CSV
// exports and pipe tables, logs with IPs, SMS, staff notes, contracts and
// forms; and for clients by first name only and by initials; children and
// spouses named in notes; therapists' names with degrees; pseudonymised notes
// that still contain names in lower case; crisis line call transcripts.
//
// The engine was judged on it once, untuned, with rules-2025.290 (engine
// 1.285.0, commit 5466249): PASSPORT 0.970 missed its target; PERSON 0.973,
// ADDRESS 0.986 and the other types (1.0) met theirs; 2.178% of PII characters
// leaked (217 of 9961: ADDRESS 132, PERSON 76, PASSPORT 9), against the target
// of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.291
// (engine 1.286.0), with those of the other files from heldout1221 to
// heldout1236: a vocative after "привет" ("привет тань"). Left: clients by
// surname alone in notes (katz, Park, Hnatyuk), nicknames (Big Mike), surnames
// that are words (Мороз). Tuned: PERSON 0.975, ADDRESS 0.986, PASSPORT 0.970;
// 2.138% leaked (213 of 9961).

// heldout1233Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout1233Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.968, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout1233MaxLeak: target 0.005, missed untuned (2.178%), missed tuned (2.138%).
const heldout1233MaxLeak = 0.022

func TestHeldout1233(t *testing.T) {
	corpusCheck{file: "testdata/heldout1233.jsonl", name: "one-thousand-two-hundred-and-thirty-third held-out corpus", minMessages: 250,
		floors: heldout1233Floor, everyType: true, maxLeak: heldout1233MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
