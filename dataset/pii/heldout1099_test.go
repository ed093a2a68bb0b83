package pii

import "testing"

// testdata/heldout1099.jsonl is the one-thousand-and-ninety-ninth held-out
// file: 280 messages (140 Russian, 140 English; 65 without personal data; 572
// gold spans: PERSON 298, ADDRESS 72, PHONE 59, EMAIL 40, PASSPORT 20, IP 20,
// INN 18, BANK_ACCOUNT 15, CARD 13, SNILS 9, OGRN 8), written by hand by
// someone who saw neither the engine nor any other labelled file, while the
// engine was tuned on files up to heldout1092. It is the CRM of a submarine
// and diving tourism operator in Sochi and Sevastopol: scuba courses, wreck
// dives, underwater photo shoots, boat trips, medical certificates, equipment
// rental. Its brief asked for chats, lower-case call transcripts with numbers
// said aloud, e-mails, CSV exports and pipe tables, logs with IPs, SMS, staff
// notes, contracts and forms; and for wrecks and dive sites named after people
// and ships («Адмирал Нахимов», 'Maria's Reef', грот «Ласточкино гнездо») as
// negatives; instructors by nickname; PADI numbers and log numbers as
// negatives; foreign divers with passports.
//
// The engine was judged on it once, untuned, with rules-2025.273 (engine
// 1.268.0, commit be5d4b7): BANK_ACCOUNT 0.966 missed its target; PERSON
// 0.935, ADDRESS 0.979, PASSPORT 0.974 and the other types (1.0) met theirs;
// 3.748% of PII characters leaked (389 of 10378: ADDRESS 238, PERSON 122,
// BANK_ACCOUNT 20, PASSPORT 9), against the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.274
// (engine 1.269.0), with those of the other files from heldout1093 to
// heldout1100: a Kazakh ID card after "My ID is". Left: a hotel before its
// street read out, a Belgian address with a box, wreck sites named after
// people, instructors by nickname. Tuned: PERSON 0.935, ADDRESS 0.979,
// BANK_ACCOUNT 0.966; 3.662% leaked (380 of 10378).

// heldout1099Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout1099Floor = map[string]float64{
	TypeBankAccount: 0.964, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.97, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout1099MaxLeak: target 0.005, missed untuned (3.748%), missed tuned (3.662%).
const heldout1099MaxLeak = 0.037

func TestHeldout1099(t *testing.T) {
	corpusCheck{file: "testdata/heldout1099.jsonl", name: "one-thousand-and-ninety-ninth held-out corpus", minMessages: 250,
		floors: heldout1099Floor, everyType: true, maxLeak: heldout1099MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
