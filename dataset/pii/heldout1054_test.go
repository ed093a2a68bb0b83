package pii

import "testing"

// testdata/heldout1054.jsonl is the one-thousand-and-fifty-fourth held-out
// file: 280 messages (140 Russian, 140 English; 64 without personal data; 560
// gold spans: PERSON 296, ADDRESS 74, PHONE 56, EMAIL 38, IP 19, PASSPORT 18,
// INN 17, BANK_ACCOUNT 14, CARD 12, SNILS 8, OGRN 8), written by hand by
// someone who saw neither the engine nor any other labelled file, while the
// engine was tuned on files up to heldout1052. It is the CRM of a brass band
// and musicians' agency in Rostov-on-Don for weddings, funerals, parades and
// corporate parties: bookings, musicians' fees, repertoire requests,
// cemeteries and venues, equipment. Its brief asked for chats, lower-case call
// transcripts with numbers said aloud, e-mails, CSV exports and pipe tables,
// logs with IPs, SMS, staff notes, contracts and forms; and for musicians by
// nickname (Труба, Барабан, Дед) beside their real names; songs and marches
// named after people («Прощание славянки», «Катюша», «Марш Будённого») as
// negatives; cemeteries, halls and restaurants as addresses or venues; the
// deceased named in funeral bookings.
//
// The engine was judged on it once, untuned, with rules-2025.268 (engine
// 1.263.0, commit ed860ed): PERSON 0.914 missed its target; ADDRESS 0.986 and
// the other types (1.0) met theirs; 3.809% of PII characters leaked (377 of
// 9897: PERSON 222, ADDRESS 155), against the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.269
// (engine 1.264.0), with those of the other files from heldout1053 to
// heldout1060: none of its own misses; the rules from the other files changed
// none of its figures. Left: musicians' nicknames that are words (Труба,
// Барабан, Дед, Профессор), songs named like people in quotes («Катюша»,
// "Danny Boy"). Tuned: PERSON 0.914, ADDRESS 0.986; 3.809% leaked (377 of
// 9897).

// heldout1054Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout1054Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.97, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.912,
}

// heldout1054MaxLeak: target 0.005, missed untuned (3.809%), missed tuned (3.809%).
const heldout1054MaxLeak = 0.039

func TestHeldout1054(t *testing.T) {
	corpusCheck{file: "testdata/heldout1054.jsonl", name: "one-thousand-and-fifty-fourth held-out corpus", minMessages: 250,
		floors: heldout1054Floor, everyType: true, maxLeak: heldout1054MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
