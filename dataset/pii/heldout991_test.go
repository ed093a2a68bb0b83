package pii

import "testing"

// testdata/heldout991.jsonl is the nine-hundred-and-ninety-first held-out
// file: 280 messages (140 Russian, 140 English; 64 without personal data; 550
// gold spans: PERSON 293, ADDRESS 66, PHONE 57, EMAIL 39, IP 19, INN 18,
// PASSPORT 17, BANK_ACCOUNT 14, CARD 12, SNILS 8, OGRN 7), written by hand by
// someone who saw neither the engine nor any other labelled file, while the
// engine was tuned on files up to heldout980. It is the CRM of a granite and
// stone-carving workshop making gravestones and memorials in Barnaul and
// Biysk: families' orders, the deceased's names and dates engraved,
// installation at cemeteries, photos on ceramics, payments in instalments. Its
// brief asked for chats, lower-case call transcripts with numbers said aloud,
// e-mails, CSV exports and pipe tables, logs with IPs, SMS, staff notes,
// contracts and forms; the deceased's names labelled as relatives' data beside
// epitaphs by poets left unlabelled, cemetery sections, rows and places
// written as addresses and labelled as such. Negatives: stone sizes and
// article codes.
//
// The engine was judged on it once, untuned, with rules-2025.260 (engine
// 1.255.0, commit a7d0510): ADDRESS 0.759 missed its target (cemetery plots by
// section, row and place, which its brief asked to label as addresses,
// missed); PASSPORT 0.970 missed its target; PERSON 0.933 and the other types
// (1.0) met theirs; 14.079% of PII characters leaked (1463 of 10391: ADDRESS
// 1270, PERSON 184, PASSPORT 9), against the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.262
// (engine 1.257.0), with those of the other files from heldout981 to
// heldout996: none of its own misses; the rules from the other files changed
// none of its figures. Left: cemetery plots by quarter, row and place
// (labelled as addresses here, left unlabelled by every other file),
// lower-case names in transcripts, streets named after people said aloud.
// Tuned: PERSON 0.933, ADDRESS 0.759, PASSPORT 0.970; 14.079% leaked (1463 of
// 10391).

// heldout991Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout991Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.968, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.758, TypePerson: 0.92,
}

// heldout991MaxLeak: target 0.005, missed untuned (14.079%), missed tuned (14.079%).
const heldout991MaxLeak = 0.141

func TestHeldout991(t *testing.T) {
	corpusCheck{file: "testdata/heldout991.jsonl", name: "nine-hundred-and-ninety-first held-out corpus", minMessages: 250,
		floors: heldout991Floor, everyType: true, maxLeak: heldout991MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
