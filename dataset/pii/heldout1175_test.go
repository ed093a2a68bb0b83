package pii

import "testing"

// testdata/heldout1175.jsonl is the one-thousand-one-hundred-and-seventy-fifth
// held-out file: 280 messages (140 Russian, 140 English; 63 without personal
// data; 561 gold spans: PERSON 299, ADDRESS 72, PHONE 56, EMAIL 39, IP 19,
// PASSPORT 18, INN 18, BANK_ACCOUNT 13, CARD 11, SNILS 8, OGRN 8), written by
// hand by someone who saw neither the engine nor any other labelled file,
// while the engine was tuned on files up to heldout1164. It is the CRM of a
// car service and tyre fitting station in Ryazan and Tambov: repairs,
// diagnostics, parts orders, seasonal tyre storage, warranty disputes,
// mechanics' shifts, corporate fleets. Its brief asked for chats, lower-case
// call transcripts with numbers said aloud, e-mails, CSV exports and pipe
// tables, logs with IPs, SMS, staff notes, contracts and forms; and for car
// models and VINs, plates and part numbers as negatives (Lada Vesta, «Нива»,
// Kia Rio, VIN XTA…); mechanics by nickname (Шумахер, Болт, Gear); owners in
// every case; corporate fleet managers' e-mails with signatures.
//
// The engine was judged on it once, untuned, with rules-2025.283 (engine
// 1.278.0, commit 76ca176): BANK_ACCOUNT 0.963 missed its target; PERSON
// 0.954, ADDRESS 0.979 and the other types (1.0) met theirs; 2.025% of PII
// characters leaked (194 of 9581: PERSON 103, ADDRESS 91), against the target
// of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.287
// (engine 1.282.0), with those of the other files from heldout1173 to
// heldout1188: a nickname in quotes in brackets after a name («Толстый»).
// Left: mechanics' nicknames that are words (Болт, Gear, Шумахер), a brand
// that is a surname (Hunter), a firm's hyphenated name (Agro-Tambov),
// "Kasimovskoe Shosse 2, parking lot B, Ryazan". Tuned: PERSON 0.955, ADDRESS
// 0.979, BANK_ACCOUNT 0.963; 1.952% leaked (187 of 9581).

// heldout1175Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout1175Floor = map[string]float64{
	TypeBankAccount: 0.961, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.97, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout1175MaxLeak: target 0.005, missed untuned (2.025%), missed tuned (1.952%).
const heldout1175MaxLeak = 0.02

func TestHeldout1175(t *testing.T) {
	corpusCheck{file: "testdata/heldout1175.jsonl", name: "one-thousand-one-hundred-and-seventy-fifth held-out corpus", minMessages: 250,
		floors: heldout1175Floor, everyType: true, maxLeak: heldout1175MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
