package pii

import "testing"

// testdata/heldout1236.jsonl is the one-thousand-two-hundred-and-thirty-sixth
// held-out file: 280 messages (140 Russian, 140 English; 64 without personal
// data; 564 gold spans: PERSON 296, ADDRESS 73, PHONE 59, EMAIL 38, IP 20, INN
// 18, PASSPORT 17, BANK_ACCOUNT 15, CARD 12, SNILS 8, OGRN 8), written by hand
// by someone who saw neither the engine nor any other labelled file, while the
// engine was tuned on files up to heldout1220. It is a nail and beauty salon
// chain in Rostov-on-Don and Krasnodar: appointments, masters, loyalty,
// complaints, supplies, rent contracts. Its brief asked for chats, lower-case
// call transcripts with numbers said aloud, e-mails, CSV exports and pipe
// tables, logs with IPs, SMS, staff notes, contracts and forms; and for
// masters by first name and diminutive (Настюша, Лиля); shade and product
// names that are names (Rose, Grace, «Виктория») as negatives; clients in
// lower-case chats; Armenian and Caucasian names; instagram handles.
//
// The engine was judged on it once, untuned, with rules-2025.290 (engine
// 1.285.0, commit 5466249): PASSPORT 0.970 missed its target; PERSON 0.963,
// ADDRESS 0.952 and the other types (1.0) met theirs; 2.215% of PII characters
// leaked (226 of 10204: ADDRESS 142, PASSPORT 43, PERSON 41), against the
// target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.291
// (engine 1.286.0), with those of the other files from heldout1221 to
// heldout1236: none of its own misses; the rules from the other files changed
// none of its figures. Left: shade names that are names read as people (Rose,
// Grace, Кармен, Луи Филипп), "джан" after a name, lower-case names in calls
// (лилия, мороз, гаврилюк надежда). Tuned: PERSON 0.963, ADDRESS 0.952,
// PASSPORT 0.970; 2.215% leaked (226 of 10204).

// heldout1236Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout1236Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.968, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout1236MaxLeak: target 0.005, missed untuned (2.215%), missed tuned (2.215%).
const heldout1236MaxLeak = 0.023

func TestHeldout1236(t *testing.T) {
	corpusCheck{file: "testdata/heldout1236.jsonl", name: "one-thousand-two-hundred-and-thirty-sixth held-out corpus", minMessages: 250,
		floors: heldout1236Floor, everyType: true, maxLeak: heldout1236MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
