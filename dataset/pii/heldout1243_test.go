package pii

import "testing"

// testdata/heldout1243.jsonl is the one-thousand-two-hundred-and-forty-third
// held-out file: 280 messages (140 Russian, 140 English; 63 without personal
// data; 568 gold spans: PERSON 297, ADDRESS 73, PHONE 59, EMAIL 39, IP 20,
// PASSPORT 19, INN 17, BANK_ACCOUNT 15, CARD 12, SNILS 9, OGRN 8), written by
// hand by someone who saw neither the engine nor any other labelled file,
// while the engine was tuned on files up to heldout1236. It is a mortgage
// broker and real-estate agency in Tyumen and Surgut: buyers, sellers,
// apartments, bank approvals, deal documents. Its brief asked for chats,
// lower-case call transcripts with numbers said aloud, e-mails, CSV exports
// and pipe tables, logs with IPs, SMS, staff notes, contracts and forms; and
// for sellers and buyers with spouses and children in deal documents;
// cadastral numbers and contract numbers as negatives; addresses of
// apartments; bank names as negatives; SNILS, INN and passports.
//
// The engine was judged on it once, untuned, with rules-2025.291 (engine
// 1.286.0, commit b685983): BANK_ACCOUNT 0.968 missed its target; CARD 0.957
// missed its target; PERSON 0.988, ADDRESS 0.993 and the other types (1.0) met
// theirs; 2.064% of PII characters leaked (204 of 9884: ADDRESS 83, CARD 79,
// PERSON 42), against the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.292
// (engine 1.287.0), with those of the other files from heldout1237 to
// heldout1244: none of its own misses; the rules from the other files changed
// none of its figures. Left: lower-case surnames after "с" and "по" (ерёминым,
// сагитовым), names that are words (Baker, Rose), a card number read out in
// words. Tuned: PERSON 0.988, ADDRESS 0.993, BANK_ACCOUNT 0.968, CARD 0.957;
// 2.064% leaked (204 of 9884).

// heldout1243Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout1243Floor = map[string]float64{
	TypeBankAccount: 0.966, TypeCard: 0.955, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.97, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout1243MaxLeak: target 0.005, missed untuned (2.064%), missed tuned (2.064%).
const heldout1243MaxLeak = 0.021

func TestHeldout1243(t *testing.T) {
	corpusCheck{file: "testdata/heldout1243.jsonl", name: "one-thousand-two-hundred-and-forty-third held-out corpus", minMessages: 250,
		floors: heldout1243Floor, everyType: true, maxLeak: heldout1243MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
