package pii

import "testing"

// testdata/heldout1002.jsonl is the one-thousand-and-second held-out file: 280
// messages (140 Russian, 140 English; 64 without personal data; 544 gold
// spans: PERSON 293, ADDRESS 64, PHONE 57, EMAIL 37, PASSPORT 19, IP 18, INN
// 17, BANK_ACCOUNT 12, CARD 11, SNILS 8, OGRN 8), written by hand by someone
// who saw neither the engine nor any other labelled file, while the engine was
// tuned on files up to heldout996. It is the CRM of a salt-lake health resort
// and salt lamp workshop in Sol-Iletsk (Orenburg region): bookings,
// treatments, doctors, guests from Kazakhstan, wholesale lamp orders,
// marketplace sellers. Its brief asked for chats, lower-case call transcripts
// with numbers said aloud, e-mails, CSV exports and pipe tables, logs with
// IPs, SMS, staff notes, contracts and forms; and for lakes and sanatoria
// named after people or words (озеро Развал, Тузлучное); doctors by surname
// with initials on treatment sheets; Kazakh and Tatar names; marketplace order
// and article numbers (negatives); medical card numbers (negatives).
//
// The engine was judged on it once, untuned, with rules-2025.262 (engine
// iml-pii/1.257.0, commit 6d9a1cc): PASSPORT 0.944 missed its target; PERSON
// 0.972, ADDRESS 0.984, PHONE 0.991 and the other types (1.0) met theirs;
// 3.694% of PII characters leaked (359 of 9718: ADDRESS 144, PERSON 143,
// PASSPORT 72), against the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.263
// (engine 1.258.0), with those of the other files from heldout997 to
// heldout1004: none of its own misses; the rules from the other files changed
// none of its figures. Left: lower-case names and surnames in transcripts,
// nicknames in quotes ("Профессор"), Kazakh identity cards after "ID". Tuned:
// PERSON 0.972, ADDRESS 0.984, PHONE 0.991, PASSPORT 0.944; 3.694% leaked (359
// of 9718).

// heldout1002Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout1002Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.943, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout1002MaxLeak: target 0.005, missed untuned (3.694%), missed tuned (3.694%).
const heldout1002MaxLeak = 0.037

func TestHeldout1002(t *testing.T) {
	corpusCheck{file: "testdata/heldout1002.jsonl", name: "one-thousand-and-second held-out corpus", minMessages: 250,
		floors: heldout1002Floor, everyType: true, maxLeak: heldout1002MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
