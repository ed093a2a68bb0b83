package pii

import "testing"

// testdata/heldout309.jsonl is the three-hundred-and-ninth held-out
// file: 280 messages (140 Russian, 140 English; 63 without personal data;
// 585 gold spans: PERSON 372, PHONE 75, EMAIL 37, PASSPORT 30, ADDRESS 24,
// IP 14, INN 11, BANK_ACCOUNT 9, CARD 6, OGRN 4, SNILS 3), written by hand
// by someone who saw neither the engine nor any other labelled file, while
// the engine was tuned on heldout304 to heldout307.
// It is the CRM of a diving and yoga retreat tour operator selling trips
// from Moscow and Yekaterinburg to Egypt, Sri Lanka, Bali and Vietnam:
// bookings, passport data, medical and diving forms, transfers and
// flights, instalments, refunds and chargebacks, insurance claims,
// complaints, deletion requests, staff and partner contracts. Chats, SMS,
// lower-case call transcripts, e-mails with headers, quotes, forwards and
// signatures, web forms, OCR'd passport pages, CSV, semicolon and pipe
// participant lists, payment, login and server logs; local partners in
// English with Egyptian, Sinhala, Balinese (I Wayan, Ni Made, Ketut) and
// Vietnamese names. Initials, airline forms, every case form, diminutives,
// names that are also words used both ways. Negatives: boats and wrecks
// named like people (Rosalie Moller, «Мария Елена», MY "Emperor Elena"),
// dive certification, booking, PNR and e-visa numbers, КПП, БИК, ОКПО, a
// plate, masked cards, versions shaped like IPs, wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.153 (engine
// 1.148.0, commit 5e603c2): PASSPORT 0.966 missed its target ("76
// 3310058" and "77 1590427" without a word for them); PERSON 0.920 (just
// at its target: Sinhala, Balinese and Egyptian first names no table knew,
// wrecks and boats named like people) and the other types (1.0) met theirs;
// 4.140% of PII characters leaked (336 of 8115: PERSON 288, ADDRESS 28,
// PASSPORT 20), against the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.154
// (engine 1.149.0), with those of the other files from heldout304 to
// heldout311: Sinhala, Balinese and Egyptian first names (Nimal, Kadek,
// Gamal, Тилак, Ньоман). Tuned: PASSPORT as untuned, PERSON 0.951; 2.021%
// leaked (164 of 8115).

// heldout309Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout309Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.96, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout309MaxLeak: target 0.005, missed untuned (4.140%), missed tuned (2.021%).
const heldout309MaxLeak = 0.021

func TestHeldout309(t *testing.T) {
	corpusCheck{file: "testdata/heldout309.jsonl", name: "three-hundred-and-ninth held-out corpus", minMessages: 250,
		floors: heldout309Floor, everyType: true, maxLeak: heldout309MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
