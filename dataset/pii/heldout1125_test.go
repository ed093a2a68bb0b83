package pii

import "testing"

// testdata/heldout1125.jsonl is the one-thousand-one-hundred-and-twenty-fifth
// held-out file: 280 messages (140 Russian, 140 English; 65 without personal
// data; 567 gold spans: PERSON 296, ADDRESS 74, PHONE 59, EMAIL 39, IP 20, INN
// 18, PASSPORT 17, BANK_ACCOUNT 14, CARD 13, SNILS 9, OGRN 8), written by hand
// by someone who saw neither the engine nor any other labelled file, while the
// engine was tuned on files up to heldout1124. It is the CRM of an elevator
// installation and maintenance company in Nizhny Novgorod and Samara: service
// contracts with HOAs and business centres, emergency calls, technicians'
// shifts, inspections, spare parts, residents stuck in lifts. Its brief asked
// for chats, lower-case call transcripts with numbers said aloud, e-mails, CSV
// exports and pipe tables, logs with IPs, SMS, staff notes, contracts and
// forms; and for lift models and buildings named like people ('OTIS',
// «Могилёвлифт», ЖК «Екатерина») as negatives; lift serial and registry
// numbers as negatives; residents by flat number and name in emergency logs;
// technicians by nickname.
//
// The engine was judged on it once, untuned, with rules-2025.278 (engine
// 1.273.0, commit 82fbced): BANK_ACCOUNT 0.966 missed its target; PERSON
// 0.973, ADDRESS 0.979, PASSPORT 0.971, IP 0.976 and the other types (1.0) met
// theirs; 1.612% of PII characters leaked (153 of 9489: ADDRESS 87, PERSON
// 66), against the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.279
// (engine 1.274.0), with those of the other files from heldout1125 to
// heldout1132: a square named after two people ("пл. Минина и Пожарского,
// 2/2"). Left: technicians' nicknames that are words (Болт, Орёл, Grey,
// Shortie), residential complexes named like people in quotes ("Alexander",
// «Екатерина»), a spoken English square (sovetskaya square five). Tuned:
// PERSON 0.973, ADDRESS 0.986, PASSPORT 0.971, IP 0.976, BANK_ACCOUNT 0.966;
// 1.317% leaked (125 of 9489).

// heldout1125Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout1125Floor = map[string]float64{
	TypeBankAccount: 0.964, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.97, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout1125MaxLeak: target 0.005, missed untuned (1.612%), missed tuned (1.317%).
const heldout1125MaxLeak = 0.014

func TestHeldout1125(t *testing.T) {
	corpusCheck{file: "testdata/heldout1125.jsonl", name: "one-thousand-one-hundred-and-twenty-fifth held-out corpus", minMessages: 250,
		floors: heldout1125Floor, everyType: true, maxLeak: heldout1125MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
