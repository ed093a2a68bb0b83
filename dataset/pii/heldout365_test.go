package pii

import "testing"

// testdata/heldout365.jsonl is the three-hundred-and-sixty-fifth held-out
// file: 278 messages (140 Russian, 138 English; 55 without personal data;
// 499 gold spans: PERSON 266, ADDRESS 67, PHONE 51, EMAIL 31, INN 19,
// BANK_ACCOUNT 14, CARD 13, IP 11, PASSPORT 11, OGRN 10, SNILS 6), written
// by hand by someone who saw neither the engine nor any other labelled
// file, while the engine was tuned on files up to heldout359. It is the
// CRM of a landscaping company and plant nursery near Moscow, St
// Petersburg and Krasnodar: garden design, lawns, trees and seedlings,
// soil and stone deliveries, watering systems, seasonal contracts,
// gardeners' visits, corporate clients, refunds. Chats, SMS, lower-case
// call transcripts with spoken addresses, e-mails with headers, quotes and
// signatures, web forms, CSV and pipe visit schedules, staff lists,
// payment registers, OCR'd passports, contracts. Village, settlement and
// plot addresses (д., пос., КП «…», СНТ with plot numbers, transliterated
// dacha addresses). Negatives: plant varieties named after people (сорт
// «Мария», 'Gloria Dei', 'Pierre de Ronsard', 'Ville de Lyon', 'Sarah
// Bernhardt', the 'Susan' and 'Betty' magnolias), a dog named Daisy,
// flowers that are names (Роза, Лилия, Rose, Lily, Heather, Ivy), IMEIs,
// tender and customs numbers, КПП, БИК, wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.167 (engine
// 1.162.0, commit 1f24cb9): ADDRESS 0.896 missed its target (cottage
// settlements and plots named without a street, "КП «Сосны», уч. 14",
// "Sosny settlement, plot 27", villages before their street, "Repino,
// Nagornaya 7"); PERSON 0.925 (varieties named after people read as
// people, 28 of them) and the other types (1.0) met theirs; 4.439% of PII
// characters leaked (379 of 8537: ADDRESS 333, PERSON 46).
//
// It is no longer held out: after that run its misses drove rules-2025.168
// (engine 1.163.0), with those of the other files from heldout360 to
// heldout367: plant varieties in quotes of several words after a plant's
// word in any case ('Gloria Dei', 'Pierre de Ronsard', 'Sarah Bernhardt'), a
// cottage settlement's plot ("КП «Сосны», уч. 14"), not a plot's area.
// Tuned: ADDRESS 0.913, PERSON 0.965; 4.018% leaked (343 of 8537).

// heldout365Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout365Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.97, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.91, TypePerson: 0.92,
}

// heldout365MaxLeak: target 0.005, missed untuned (4.439%), missed tuned (4.018%).
const heldout365MaxLeak = 0.041

func TestHeldout365(t *testing.T) {
	corpusCheck{file: "testdata/heldout365.jsonl", name: "three-hundred-and-sixty-fifth held-out corpus", minMessages: 250,
		floors: heldout365Floor, everyType: true, maxLeak: heldout365MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
