package pii

import "testing"

// testdata/heldout938.jsonl is the nine-hundred-and-thirty-eighth held-out
// file: 280 messages (140 Russian, 140 English; 64 without personal data;
// 548 gold spans: PERSON 277, ADDRESS 74, PHONE 58, EMAIL 39, IP 18,
// PASSPORT 18, BANK_ACCOUNT 17, INN 17, CARD 15, OGRN 8, SNILS 7), written
// by hand by someone who saw neither the engine nor any other labelled file,
// while the engine was tuned on files up to heldout932. It is the CRM of a
// coin and stamp collectors' shop and auction house in Samara: consignments,
// auction lots, bidders, appraisals, mail orders, payments. E-mails with
// collectors, chats, lower-case call transcripts, CSV lot lists, pipe tables
// of payments, contracts with passport data, logs of the online auction with
// IPs, SMS. Consignors in many cases, bidders by nickname, a French national
// ID card. Negatives: coins, stamps and medals with monarchs and leaders
// (Николай II, Пётр Первый, В.И. Ленин, Elizabeth II), engravers and
// designers (Васютинский, Arnold Machin), catalogues (Michel, Биткин),
// numbers with wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.254 (engine
// 1.249.0, commit f3e18fd): PERSON 0.910 missed its target (engravers and
// designers, monarchs on coins and catalogues taken for people ("А.
// Васютинский", "Arnold Machin", "Пётр Первый", "коронации Николая II»",
// Michel)); PASSPORT 0.971, ADDRESS 0.952 and the other types (1.0) met
// theirs; 2.823% of PII characters leaked (283 of 10024: PERSON 55, PASSPORT
// 12, ADDRESS 216), against the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.255
// (engine 1.250.0), with those of the other files from heldout933 to
// heldout940: monarchs with their numbers before a guillemet or in words
// ("коронации Николая II»", "Пётр Первый"). Left: engravers and designers,
// catalogues and stamps taken for people ("А. Васютинский", "Arnold Machin",
// Michel, "Марка"), and a French identity card's twelve characters. Tuned:
// PERSON 0.915, PASSPORT 0.971, ADDRESS 0.952; 2.823% leaked (283 of 10024).

// heldout938Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout938Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.97, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.914,
}

// heldout938MaxLeak: target 0.005, missed untuned (2.823%), missed tuned (2.823%).
const heldout938MaxLeak = 0.029

func TestHeldout938(t *testing.T) {
	corpusCheck{file: "testdata/heldout938.jsonl", name: "nine-hundred-and-thirty-eighth held-out corpus", minMessages: 250,
		floors: heldout938Floor, everyType: true, maxLeak: heldout938MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
