package pii

import "testing"

// testdata/heldout929.jsonl is the nine-hundred-and-twenty-ninth held-out
// file: 280 messages (140 Russian, 140 English; 64 without personal data;
// 529 gold spans: PERSON 275, ADDRESS 73, PHONE 58, EMAIL 38, IP 17,
// PASSPORT 17, CARD 14, INN 14, BANK_ACCOUNT 11, OGRN 6, SNILS 6), written
// by hand by someone who saw neither the engine nor any other labelled file,
// while the engine was tuned on files up to heldout924. It is the CRM of a
// wild berry and mushroom procurement network in Kirov oblast and Mari El:
// pickers selling cranberries and mushrooms at village collection points,
// weighing receipts, cash and card payments, buyers, trucks. Lower-case call
// transcripts with pickers, chats of collection point staff, weighing
// receipts, CSV purchase lists, pipe tables of payments to cards, e-mails in
// English with foreign buyers, contracts with self-employed pickers, SMS.
// Villages and houses without streets ("д. Пасегово, дом 7", "починок
// Гари"), Mari names (Айвика, Оняр, Таныгин), pickers by nickname (Боцман,
// Рыжий). Negatives: weights and prices, collection points named after
// owners ("у Петровича"), painters (Шишкин, Васнецов), numbers with wrong
// check digits.
//
// The engine was judged on it once, untuned, with rules-2025.253 (engine
// 1.248.0, commit 57df87a): PERSON 0.910, PASSPORT 0.941 missed their
// targets (Mari names in Latin letters (Onyar Tanygin) and pickers by
// nickname (Боцман, феня); a German ID card of letters and digits after "ID
// card no." and a truck's plate taken for a passport); ADDRESS 0.952 and the
// other types (1.0) met theirs; 5.641% of PII characters leaked (519 of
// 9201: PERSON 314, PASSPORT 9, ADDRESS 196), against the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.254
// (engine 1.249.0), with those of the other files from heldout925 to
// heldout932: a German ID card of letters and digits after "ID card no." and
// a truck's transliterated plate no longer read as a passport. Left: Mari
// names in Latin letters (Onyar Tanygin), pickers by nickname (Боцман,
// феня), and a painter's family (Васнецовы). Tuned: PERSON 0.910, PASSPORT
// 1.0 (now met), ADDRESS 0.952; 5.543% leaked (510 of 9201).

// heldout929Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout929Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.97, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.909,
}

// heldout929MaxLeak: target 0.005, missed untuned (5.641%), missed tuned (5.543%).
const heldout929MaxLeak = 0.056

func TestHeldout929(t *testing.T) {
	corpusCheck{file: "testdata/heldout929.jsonl", name: "nine-hundred-and-twenty-ninth held-out corpus", minMessages: 250,
		floors: heldout929Floor, everyType: true, maxLeak: heldout929MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
