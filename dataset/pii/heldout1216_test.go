package pii

import "testing"

// testdata/heldout1216.jsonl is the one-thousand-two-hundred-and-sixteenth
// held-out file: 280 messages (140 Russian, 140 English; 64 without personal
// data; 560 gold spans: PERSON 295, ADDRESS 72, PHONE 57, EMAIL 39, PASSPORT
// 20, IP 19, INN 17, BANK_ACCOUNT 14, CARD 12, SNILS 8, OGRN 7), written by
// hand by someone who saw neither the engine nor any other labelled file,
// while the engine was tuned on files up to heldout1204. It is the CRM of a
// nanny and babysitting agency in Moscow and St Petersburg: families, nannies,
// interviews, background checks, schedules, payments, complaints, foreign
// families. Its brief asked for chats, lower-case call transcripts with
// numbers said aloud, e-mails, CSV exports and pipe tables, logs with IPs,
// SMS, staff notes, contracts and forms; and for nannies' passports and
// medical books (numbers as negatives where not passports); children named in
// lower-case transcripts; families by surname in the plural (Ивановы);
// addresses with entrance, floor and intercom code; Filipino and Kyrgyz
// nannies' names.
//
// The engine was judged on it once, untuned, with rules-2025.289 (engine
// 1.284.0, commit 05080cb): PASSPORT 0.930 missed its target; PERSON 0.956,
// ADDRESS 0.971 and the other types (1.0) met theirs; 3.677% of PII characters
// leaked (368 of 10009: ADDRESS 203, PERSON 165), against the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.290
// (engine 1.285.0), with those of the other files from heldout1205 to
// heldout1220: surnames between "the" and a family or an invoice ("the volkov
// family", "the Tanaka invoice"). Left: families named in the plural (the
// Patels, ахмедовы, никитиных), Filipino nannies' names no table knows
// (rowena, analyn), families in a table's column (Reyes, Fletcher). Tuned:
// PERSON 0.960, ADDRESS 0.971, PASSPORT 0.930; 3.557% leaked (356 of 10009).

// heldout1216Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout1216Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.929, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout1216MaxLeak: target 0.005, missed untuned (3.677%), missed tuned (3.557%).
const heldout1216MaxLeak = 0.036

func TestHeldout1216(t *testing.T) {
	corpusCheck{file: "testdata/heldout1216.jsonl", name: "one-thousand-two-hundred-and-sixteenth held-out corpus", minMessages: 250,
		floors: heldout1216Floor, everyType: true, maxLeak: heldout1216MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
