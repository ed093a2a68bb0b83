package pii

import "testing"

// testdata/heldout303.jsonl is the three-hundred-and-third held-out
// file: 278 messages (140 Russian, 138 English; 60 without personal data;
// 553 gold spans: PERSON 282, PHONE 83, ADDRESS 67, EMAIL 41, IP 17, INN
// 15, PASSPORT 12, BANK_ACCOUNT 11, CARD 10, OGRN 9, SNILS 6), written by
// hand by someone who saw neither the engine nor any other labelled file,
// while the engine was tuned on heldout296 to heldout299.
// It is the CRM of a property management company (УК) for apartment
// buildings in Moscow, Krasnodar and Kaliningrad: leaks, lifts, noise,
// heating, meter readings, debts and pre-court claims, access to flats,
// parking permits and barriers, general meetings and ballots, contractors,
// complaints, deletion requests. House chats, SMS, lower-case call
// transcripts and voicemail with spoken addresses and phones, e-mails with
// headers, quotes, forwards and signatures, web forms, dispatcher, payment,
// barrier and audit logs, OCR'd passports, pipe, CSV and semicolon owner
// registers and debtor lists with initials, translated minutes. Every case
// form, diminutives, family plurals, names that are also words used both
// ways. Negatives: request, personal-account, meter, permit and court-case
// numbers, ЖК names, entrances and floors, plates, VINs, КПП, БИК, ОКПО,
// ОМС, masked cards, versions shaped like IPs, wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.152 (engine
// 1.147.0, commit 693cb6b): BANK_ACCOUNT 0.957 (an account the message
// calls mistyped, left unlabelled by the writer, was reported) and
// PASSPORT 0.957 (an OCR'd "03 1б 552907") missed their targets; ADDRESS
// 0.993, PERSON 0.986 and the other types (1.0) met theirs; 1.415% of PII
// characters leaked (134 of 9468: ADDRESS 92, PERSON 30, PASSPORT 12),
// against the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.153
// (engine 1.148.0), with those of heldout300, heldout301, heldout302: a
// scan's surname and given names under bilingual labels ("Surname /
// Nazwisko: KOWALSKA"). Tuned: BANK_ACCOUNT and PASSPORT as untuned, PERSON
// 0.988; 1.331% leaked (126 of 9468).

// heldout303Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout303Floor = map[string]float64{
	TypeBankAccount: 0.95, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.95, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout303MaxLeak: target 0.005, missed untuned (1.415%), missed tuned (1.331%).
const heldout303MaxLeak = 0.014

func TestHeldout303(t *testing.T) {
	corpusCheck{file: "testdata/heldout303.jsonl", name: "three-hundred-and-third held-out corpus", minMessages: 250,
		floors: heldout303Floor, everyType: true, maxLeak: heldout303MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
