package pii

import "testing"

// testdata/heldout358.jsonl is the three-hundred-and-fifty-eighth held-out
// file: 278 messages (138 Russian, 140 English; 57 without personal data;
// 560 gold spans: PERSON 328, PHONE 64, ADDRESS 44, PASSPORT 31, EMAIL 27,
// IP 17, INN 14, CARD 11, BANK_ACCOUNT 10, OGRN 8, SNILS 6), written by
// hand by someone who saw neither the engine nor any other labelled file,
// while the engine was tuned on files up to heldout355. It is the CRM of a
// recruitment agency placing seasonal farm and warehouse workers from
// Uzbekistan, Tajikistan and Kyrgyzstan in Moscow region, Krasnodar and
// Lipetsk: applications with passports, patents and migration
// registration, employers' requests, transport, dormitories, payroll,
// medical checks, complaints, partners abroad. Chats, lower-case call
// transcripts, e-mails with headers, quotes and signatures, web forms,
// CSV, pipe and semicolon tables, CRM and access logs, SMS, OCR'd
// passports and ID cards, airline passenger lists, bank details. Uzbek,
// Tajik and Kyrgyz names with угли, кизи and -ович, one person spelled
// four ways, every case form. Negatives: farms named after people (КФХ
// Иванов), patent, migration-card, PNR and waybill numbers, ОМС and ДМС
// policies, КПП, БИК, wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.166 (engine
// 1.161.0, commit 7304d08): PASSPORT 0.967 missed its target by a hair
// (two Kyrgyz ID cards, "ID 0447215" under an OCR'd "ID-карта" and "ID ID
// 1128405" in a row of people); PERSON 0.979 and the other types (1.0) met
// theirs; 1.946% of PII characters leaked (176 of 9045: PERSON 114,
// ADDRESS 42, PASSPORT 20).
//
// It is no longer held out: after that run its misses drove rules-2025.167
// (engine 1.162.0), with those of the other files from heldout356 to
// heldout359: a Kyrgyz ID card under an OCR'd "ID-карта" heading ("Документ
// № ID 0447215"); not "ID ID 1128405" in a row whose name the engine misses.
// Tuned: PASSPORT 0.984 (now met), PERSON 0.979; 1.835% leaked (166 of
// 9045).

// heldout358Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout358Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.97, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout358MaxLeak: target 0.005, missed untuned (1.946%), missed tuned (1.835%).
const heldout358MaxLeak = 0.019

func TestHeldout358(t *testing.T) {
	corpusCheck{file: "testdata/heldout358.jsonl", name: "three-hundred-and-fifty-eighth held-out corpus", minMessages: 250,
		floors: heldout358Floor, everyType: true, maxLeak: heldout358MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
