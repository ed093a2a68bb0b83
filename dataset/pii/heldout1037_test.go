package pii

import "testing"

// testdata/heldout1037.jsonl is the one-thousand-and-thirty-seventh held-out
// file: 280 messages (140 Russian, 140 English; 65 without personal data; 569
// gold spans: PERSON 296, ADDRESS 73, PHONE 59, EMAIL 40, PASSPORT 20, IP 20,
// INN 18, BANK_ACCOUNT 15, CARD 12, SNILS 8, OGRN 8), written by hand by
// someone who saw neither the engine nor any other labelled file, while the
// engine was tuned on files up to heldout1028. It is the CRM of a car-sharing
// operator in Moscow and Kazan: user accounts with driving licences, trips,
// fines from traffic cameras, damages and accidents, card debits, blocked
// accounts, support calls. Its brief asked for chats, lower-case call
// transcripts with numbers said aloud, e-mails, CSV exports and pipe tables,
// logs with IPs, SMS, staff notes, contracts and forms; and for cars named by
// model and plate only (negatives); car models named like people (Kia Rio,
// Renault Logan, 'Лада Веста') as negatives; driving licence numbers beside
// passport numbers; drivers whose surnames are car makes or words (Форд,
// Волга).
//
// The engine was judged on it once, untuned, with rules-2025.266 (engine
// 1.261.0, commit 107315e): every F1 target met (PERSON 0.997, ADDRESS 0.973,
// the other types 1.0); 0.295% of PII characters leaked (28 of 9476: PERSON
// 18, ADDRESS 10), against the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.267
// (engine 1.262.0), with those of the other files from heldout1029 to
// heldout1044: none of its own misses; the rules from the other files changed
// none of its figures. Left: a boulevard's lower-case adjective, a date after
// a highway, a car model read as an address. Tuned: PERSON 0.997, ADDRESS
// 0.973; 0.295% leaked (28 of 9476).

// heldout1037Floor holds the tuned figures: the targets, all met.
var heldout1037Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.97, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout1037MaxLeak: target 0.005, met untuned (0.295%), met tuned (0.295%).
const heldout1037MaxLeak = 0.005

func TestHeldout1037(t *testing.T) {
	corpusCheck{file: "testdata/heldout1037.jsonl", name: "one-thousand-and-thirty-seventh held-out corpus", minMessages: 250,
		floors: heldout1037Floor, everyType: true, maxLeak: heldout1037MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
