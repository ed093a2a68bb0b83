package pii

import "testing"

// testdata/heldout395.jsonl is the three-hundred-and-ninety-fifth held-out
// file: 281 messages (141 Russian, 140 English; 58 without personal data;
// 508 gold spans: PERSON 279, PHONE 54, EMAIL 39, ADDRESS 36, IP 23, CARD
// 16, PASSPORT 15, INN 14, BANK_ACCOUNT 13, OGRN 11, SNILS 8), written by
// hand by someone who saw neither the engine nor any other labelled file,
// while the engine was tuned on files up to heldout391. It is the CRM of
// an electric-vehicle charging network in Moscow, St Petersburg, Kazan and
// Yerevan: app accounts, charging sessions, payment failures and refunds,
// RFID cards, station breakdowns, home-charger installations, fleets and
// business contracts, station hosts, foreign drivers. Chats, support
// chats, lower-case call transcripts with spoken addresses, e-mails with
// headers, quotes and signatures, web forms, SMS, app reviews, CSV and
// pipe session tables, OCPP, API and audit logs, OCR'd passports with one
// MRZ name. Drivers named Tesla beside the car (Nikola Tesla too),
// Armenian, Tatar and Central Asian names, every case form. Negatives:
// session, station, connector and RFID IDs shaped like phones, car models,
// hotels, malls and stations named after people, tariffs named Milana and
// Angelina, a driver's licence shaped like a passport, masked cards, КПП,
// БИК, wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.172 (engine
// 1.167.0, commit c9a123f): EMAIL 0.951 missed its target (the network's
// and a client's own b2b@, support@ and accounting@ mailboxes, which the
// writer left unlabelled); IP 0.979 (a version "3.22.1.7"), PERSON 0.968
// and the other types (1.0) met theirs; 0.544% of PII characters leaked
// (43 of 7904, all PERSON), just above the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.173
// (engine 1.168.0), with those of the other files from heldout392 to
// heldout395: car models with a letter and a dot ("Zeekr X.", "Taycan Turbo
// S."). Tuned: PERSON 0.972, EMAIL 0.951, IP 0.979; 0.544% leaked (43 of
// 7904).

// heldout395Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout395Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.95, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.97, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout395MaxLeak: target 0.005, missed untuned (0.544%), missed tuned (0.544%).
const heldout395MaxLeak = 0.006

func TestHeldout395(t *testing.T) {
	corpusCheck{file: "testdata/heldout395.jsonl", name: "three-hundred-and-ninety-fifth held-out corpus", minMessages: 250,
		floors: heldout395Floor, everyType: true, maxLeak: heldout395MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
