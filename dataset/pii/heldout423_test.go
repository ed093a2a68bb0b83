package pii

import "testing"

// testdata/heldout423.jsonl is the four-hundred-and-twenty-third held-out
// file: 280 messages (140 Russian, 140 English; 60 without personal data;
// 531 gold spans: PERSON 280, ADDRESS 67, PHONE 55, EMAIL 39, IP 18,
// PASSPORT 18, BANK_ACCOUNT 14, INN 14, CARD 12, OGRN 7, SNILS 7), written
// by hand by someone who saw neither the engine nor any other labelled file,
// while the engine was tuned on files up to heldout422. It is the CRM of a
// private kindergarten and children's development centre network in Kazan,
// Samara and Almaty: enrolments, contracts and fees, tax deduction
// certificates with parents' INN, pick-up authorisations for grandparents
// and nannies, medical notes, teachers' schedules, complaints, birthday
// parties, parents' chats. Parents' chats with emoji and diminutives, lower-
// case call transcripts with addresses and phones in words, e-mails with
// headers, quotes and signatures, web enrolment forms, SMS, CSV lists by
// group, pipe pick-up tables, CRM logs, OCR'd passports and birth
// certificates. Children by diminutives and names that are words (Милана,
// Ева, Мирон, Лев), parents named through their children ("маме Арины"),
// nannies by first name, Kazakh and Tatar names, Kazakh ID cards. Negatives:
// group names from animals and fairy tales, fairy-tale and cartoon
// characters, birth certificate and contract numbers, БИН, КПП, БИК, к/с,
// IBAN, masked cards, numbers with wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.179 (engine
// 1.174.0, commit 0dd7803): PASSPORT 0.909, BANK_ACCOUNT 0.963 missed their
// targets (Kazakh identity cards' nine digits with no letters; a pupil's
// 20-digit account after "ЛС", which the engine reads as a flat's or a
// service's personal account); PERSON 0.975, ADDRESS 0.962 and the other
// types (1.0) met theirs; 2.118% of PII characters leaked (187 of 8828:
// PERSON 39, PHONE 1, PASSPORT 33, BANK_ACCOUNT 20, ADDRESS 94), against the
// target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.180
// (engine 1.175.0), with those of the other files from heldout423 to
// heldout426: a Kazakh identity card's nine digits after "удостоверение
// личности" or a scan's "No" under its IDENTITY CARD heading. Left: the
// pupil's account after "ЛС", lower-case names in transcripts, and a
// branch's name before its address. Tuned: PERSON 0.975, PASSPORT 0.971 (now
// met), BANK_ACCOUNT 0.963, ADDRESS 0.962; 1.914% leaked (169 of 8828).

// heldout423Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout423Floor = map[string]float64{
	TypeBankAccount: 0.962, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.97, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout423MaxLeak: target 0.005, missed untuned (2.118%), missed tuned (1.914%).
const heldout423MaxLeak = 0.02

func TestHeldout423(t *testing.T) {
	corpusCheck{file: "testdata/heldout423.jsonl", name: "four-hundred-and-twenty-third held-out corpus", minMessages: 250,
		floors: heldout423Floor, everyType: true, maxLeak: heldout423MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
