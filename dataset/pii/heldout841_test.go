package pii

import "testing"

// testdata/heldout841.jsonl is the eight-hundred-and-forty-first held-out
// file: 280 messages (140 Russian, 140 English; 64 without personal data;
// 523 gold spans: PERSON 272, ADDRESS 70, PHONE 57, EMAIL 32, IP 18, INN 17,
// PASSPORT 17, BANK_ACCOUNT 13, CARD 12, SNILS 8, OGRN 7), written by hand
// by someone who saw neither the engine nor any other labelled file, while
// the engine was tuned on files up to heldout836. It is the CRM of a tow
// truck and mobile tyre service in Krasnoyarsk and on its highways:
// breakdown calls, tow orders, drivers, insurance cases, payments.
// Lower-case dispatcher transcripts, tow orders, chats with drivers, e-mails
// with insurers, CSV order logs, pipe tables of payments, contracts, logs
// with IPs and GPS, SMS. Highway kilometres left unlabelled, garages' and
// clients' addresses, drivers by nickname (Семёныч, Тоха), phones and
// addresses in words. Negatives: plates, VINs, insurance policies, driving
// licences, Yuri Gagarin in lower case, numbers with wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.242 (engine
// 1.237.0, commit 24e2599): PASSPORT 0.9697, BANK_ACCOUNT 0.960 missed their
// targets (a passport of letters and digits, and an account in a table with
// its BIK, missed); PERSON 0.987, PHONE 0.991, ADDRESS 0.932, IP 0.973 and
// the other types (1.0) met theirs; 3.783% of PII characters leaked (318 of
// 8406: PERSON 32, PHONE 46, PASSPORT 9, BANK_ACCOUNT 20, ADDRESS 211),
// against the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.243
// (engine 1.238.0), with those of the other files from heldout837 to
// heldout844: none of its own misses; the rules from the other files changed
// none of its figures. Left: a CSV cell whose house and next cell read as a
// decimal, lower-case streets in words, and a passport of letters and
// digits. Tuned: PERSON 0.987, PHONE 0.991, PASSPORT 0.9697, BANK_ACCOUNT
// 0.960, ADDRESS 0.932, IP 0.973; 3.783% leaked (318 of 8406).

// heldout841Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout841Floor = map[string]float64{
	TypeBankAccount: 0.959, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.969, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout841MaxLeak: target 0.005, missed untuned (3.783%), missed tuned (3.783%).
const heldout841MaxLeak = 0.038

func TestHeldout841(t *testing.T) {
	corpusCheck{file: "testdata/heldout841.jsonl", name: "eight-hundred-and-forty-first held-out corpus", minMessages: 250,
		floors: heldout841Floor, everyType: true, maxLeak: heldout841MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
