package pii

import "testing"

// testdata/heldout1176.jsonl is the one-thousand-one-hundred-and-seventy-sixth
// held-out file: 280 messages (140 Russian, 140 English; 64 without personal
// data; 544 gold spans: PERSON 298, ADDRESS 65, PHONE 55, EMAIL 35, IP 19, INN
// 17, PASSPORT 16, BANK_ACCOUNT 13, CARD 10, SNILS 8, OGRN 8), written by hand
// by someone who saw neither the engine nor any other labelled file, while the
// engine was tuned on files up to heldout1164. It is the CRM of a home care
// agency for the elderly in Tver and Yaroslavl: carers' schedules, clients
// with dementia, relatives abroad, medicine reminders, payments, complaints,
// hospital visits. Its brief asked for chats, lower-case call transcripts with
// numbers said aloud, e-mails, CSV exports and pipe tables, logs with IPs,
// SMS, staff notes, contracts and forms; and for clients' relatives abroad
// writing in English; carers by first name; addresses with entrance codes read
// out; doctors and hospitals named after people as negatives (больница имени
// Семашко); clients in every case with patronymics.
//
// The engine was judged on it once, untuned, with rules-2025.283 (engine
// 1.278.0, commit 76ca176): PASSPORT 0.968 missed its target; PERSON 0.975,
// ADDRESS 0.992 and the other types (1.0) met theirs; 1.125% of PII characters
// leaked (108 of 9604: PERSON 99, PASSPORT 9), against the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.287
// (engine 1.282.0), with those of the other files from heldout1173 to
// heldout1188: a caller naming herself by her surname after a label without a
// colon ("клиент это абдуллаева"). Left: lower-case names and diminutives in
// transcripts (зариночка, кац), "Mrs Orel" reciting Pushkin, names in capitals
// on forms. Tuned: PERSON 0.976, ADDRESS 0.992, PASSPORT 0.968; 1.020% leaked
// (98 of 9604).

// heldout1176Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout1176Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.966, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout1176MaxLeak: target 0.005, missed untuned (1.125%), missed tuned (1.020%).
const heldout1176MaxLeak = 0.011

func TestHeldout1176(t *testing.T) {
	corpusCheck{file: "testdata/heldout1176.jsonl", name: "one-thousand-one-hundred-and-seventy-sixth held-out corpus", minMessages: 250,
		floors: heldout1176Floor, everyType: true, maxLeak: heldout1176MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
