package pii

import "testing"

// testdata/heldout1260.jsonl is the one-thousand-two-hundred-and-sixtieth
// held-out file: 280 messages (140 Russian, 140 English; 65 without personal
// data; 573 gold spans: PERSON 299, ADDRESS 74, PHONE 59, EMAIL 39, IP 20,
// PASSPORT 19, INN 18, BANK_ACCOUNT 15, CARD 13, SNILS 9, OGRN 8), written by
// hand by someone who saw neither the engine nor any other labelled file,
// while the engine was tuned on files up to heldout1252. It is a translation
// bureau with notary certification in Krasnoyarsk: document translations,
// apostilles, interpreters, corporate clients, urgent orders. Its brief asked
// for chats, lower-case call transcripts with numbers said aloud, e-mails, CSV
// exports and pipe tables, logs with IPs, SMS, staff notes, contracts and
// forms; and for names inside translated documents (birth certificates,
// diplomas) in both scripts; transliteration variants of the same person
// (Щербаков / Shcherbakov / Scherbakow); interpreters signed with initials;
// apostille numbers as negatives.
//
// The engine was judged on it once, untuned, with rules-2025.293 (engine
// 1.288.0, commit 00a40a8): every F1 target met (PERSON 0.964, ADDRESS 0.986,
// the other types 1.0); 2.666% of PII characters leaked (290 of 10878: ADDRESS
// 149, PERSON 141), against the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.294
// (engine 1.289.0), with those of the other files from heldout1253 to
// heldout1260: none of its own misses; the rules from the other files changed
// none of its figures. Left: one surname in several transliterations
// (SCHERBAKOW, Schtscherbakow, KOVALCHUK, Kowaltschuk), initials as a
// signature (Yu. V. K., V. K.), a Korean name in Cyrillic capitals (ЛИ ДЖУН
// ХО). Tuned: PERSON 0.964, ADDRESS 0.986; 2.666% leaked (290 of 10878).

// heldout1260Floor holds the tuned figures: the targets, all met.
var heldout1260Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.97, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout1260MaxLeak: target 0.005, missed untuned (2.666%), missed tuned (2.666%).
const heldout1260MaxLeak = 0.027

func TestHeldout1260(t *testing.T) {
	corpusCheck{file: "testdata/heldout1260.jsonl", name: "one-thousand-two-hundred-and-sixtieth held-out corpus", minMessages: 250,
		floors: heldout1260Floor, everyType: true, maxLeak: heldout1260MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
