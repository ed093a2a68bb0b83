package pii

import "testing"

// testdata/heldout1018.jsonl is the one-thousand-and-eighteenth held-out file:
// 280 messages (140 Russian, 140 English; 63 without personal data; 569 gold
// spans: PERSON 297, ADDRESS 74, PHONE 60, EMAIL 40, IP 19, PASSPORT 18, INN
// 18, BANK_ACCOUNT 15, CARD 12, SNILS 8, OGRN 8), written by hand by someone
// who saw neither the engine nor any other labelled file, while the engine was
// tuned on files up to heldout1012. It is the CRM of a leather goods and
// saddlery workshop in Tula: custom saddles and bridles for riding clubs, bags
// and belts, marketplace orders, engraving names on goods, horse owners,
// leather suppliers from Italy and Turkey. Its brief asked for chats,
// lower-case call transcripts with numbers said aloud, e-mails, CSV exports
// and pipe tables, logs with IPs, SMS, staff notes, contracts and forms; and
// for horses named like people (конь Граф, кобыла Маруся) as negatives; names
// engraved on goods (гравировка «Алина») which are persons; article and order
// numbers (negatives); Turkish and Italian supplier names with diacritics;
// riding clubs by owner's surname.
//
// The engine was judged on it once, untuned, with rules-2025.264 (engine
// 1.259.0, commit b1ec0df): PERSON 0.907 missed its target; CARD 0.960 missed
// its target; ADDRESS 0.958, EMAIL 0.987 and the other types (1.0) met theirs;
// 4.397% of PII characters leaked (452 of 10280: ADDRESS 270, PERSON 151,
// EMAIL 31), against the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.265
// (engine 1.260.0), with those of the other files from heldout1013 to
// heldout1020: a Turkish and an Italian firm's form read as initials ("Ticaret
// A.Ş.", "MINIATO S.R.L."), equestrian clubs' quoted names (КСК «Лаптев»),
// Italian and Kazakh first names (Gianmarco, Niccolò, Zhanbolat). Left: horses
// named like people without their kind word (Маруся, Grace, Baker the cob),
// names engraved on goods in quotes, Irish addresses said aloud. Tuned: PERSON
// 0.927, ADDRESS 0.958, EMAIL 0.987, CARD 0.960; 3.959% leaked (407 of 10280).

// heldout1018Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout1018Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.959, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.97, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout1018MaxLeak: target 0.005, missed untuned (4.397%), missed tuned (3.959%).
const heldout1018MaxLeak = 0.04

func TestHeldout1018(t *testing.T) {
	corpusCheck{file: "testdata/heldout1018.jsonl", name: "one-thousand-and-eighteenth held-out corpus", minMessages: 250,
		floors: heldout1018Floor, everyType: true, maxLeak: heldout1018MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
