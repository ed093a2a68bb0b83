package pii

import "testing"

// testdata/heldout911.jsonl is the nine-hundred-and-eleventh held-out file:
// 280 messages (140 Russian, 140 English; 64 without personal data; 534 gold
// spans: PERSON 279, ADDRESS 71, PHONE 58, EMAIL 39, IP 17, PASSPORT 16,
// CARD 14, BANK_ACCOUNT 13, INN 13, OGRN 7, SNILS 7), written by hand by
// someone who saw neither the engine nor any other labelled file, while the
// engine was tuned on files up to heldout908. It is the CRM of a pharmacy
// chain's home delivery and prescription desk in Barnaul and Biysk: orders,
// prescriptions, couriers, pharmacists' consultations, loyalty cards,
// complaints. Chats with clients, lower-case call transcripts, e-mails with
// doctors, CSV delivery lists, pipe tables of payments, contracts, logs with
// IPs, SMS. Doctors by surname and initials in both orders, couriers by
// first name or nickname (Кот), patients in many cases, foreign passports
// and a Kazakh ID card. Negatives: medicines (Мезим, Ксефокам, Арбидол,
// Доктор Мом), famous doctors and characters, loyalty cards, a
// prescription's series and number, numbers with wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.251 (engine
// 1.246.0, commit 5764c54): PASSPORT 0.9697 missed its target (a
// prescription's series and number taken for a passport); PERSON 0.979,
// PHONE 0.992, ADDRESS 0.979 and the other types (1.0) met theirs; 1.652% of
// PII characters leaked (161 of 9745: PERSON 18, PASSPORT 6, ADDRESS 137),
// against the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.252
// (engine 1.247.0), with those of the other files from heldout909 to
// heldout916: a hostel's number inside an English address ("Lenina Ave 40,
// hostel 3, room 512, Barnaul"). Left: medicines and street names taken for
// people (Мезим, Малахова), a courier nicknamed Кот, and a prescription's
// series and number taken for a passport. Tuned: PERSON 0.979, PHONE 0.992,
// PASSPORT 0.9697, ADDRESS 0.993; 1.355% leaked (132 of 9745).

// heldout911Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout911Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.969, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout911MaxLeak: target 0.005, missed untuned (1.652%), missed tuned (1.355%).
const heldout911MaxLeak = 0.014

func TestHeldout911(t *testing.T) {
	corpusCheck{file: "testdata/heldout911.jsonl", name: "nine-hundred-and-eleventh held-out corpus", minMessages: 250,
		floors: heldout911Floor, everyType: true, maxLeak: heldout911MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
