package pii

import "testing"

// testdata/heldout1052.jsonl is the one-thousand-and-fifty-second held-out
// file: 280 messages (140 Russian, 140 English; 63 without personal data; 558
// gold spans: PERSON 295, ADDRESS 67, PHONE 59, EMAIL 39, PASSPORT 19, IP 19,
// INN 18, BANK_ACCOUNT 15, CARD 11, SNILS 8, OGRN 8), written by hand by
// someone who saw neither the engine nor any other labelled file, while the
// engine was tuned on files up to heldout1044. It is the CRM of a hippodrome
// and horse-racing club in Pyatigorsk: jockeys, trainers, horse owners, race
// entries, stable rentals, betting complaints, vet checks, foreign owners from
// the UAE and Kazakhstan. Its brief asked for chats, lower-case call
// transcripts with numbers said aloud, e-mails, CSV exports and pipe tables,
// logs with IPs, SMS, staff notes, contracts and forms; and for horses named
// like people and words (Граф, Ласточка, 'Lady Grace', 'Sir Henry') as
// negatives; jockeys and trainers by surname alone; Kabardian, Karachay and
// Kazakh names; famous horses and races (Кубок Дерби, Приз Президента) as
// negatives; stable numbers and passport numbers of horses as negatives.
//
// The engine was judged on it once, untuned, with rules-2025.267 (engine
// 1.262.0, commit c086a4a): PERSON 0.910 missed its target; ADDRESS 0.954,
// PASSPORT 0.974 and the other types (1.0) met theirs; 2.772% of PII
// characters leaked (285 of 10280: ADDRESS 192, PERSON 93), against the target
// of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.268
// (engine 1.263.0), with those of the other files from heldout1045 to
// heldout1052: Gulf villas by their street and area (Villa 14, Street 9, Al
// Barsha 2, Dubai). Left: horses named like people (Sir Henry, Lady Grace,
// Desert Hope, Kok Bori), jockeys and trainers by surname alone. Tuned: PERSON
// 0.910, ADDRESS 0.977, PASSPORT 0.974; 1.547% leaked (159 of 10280).

// heldout1052Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout1052Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.97, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.909,
}

// heldout1052MaxLeak: target 0.005, missed untuned (2.772%), missed tuned (1.547%).
const heldout1052MaxLeak = 0.016

func TestHeldout1052(t *testing.T) {
	corpusCheck{file: "testdata/heldout1052.jsonl", name: "one-thousand-and-fifty-second held-out corpus", minMessages: 250,
		floors: heldout1052Floor, everyType: true, maxLeak: heldout1052MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
