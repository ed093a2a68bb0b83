package pii

import "testing"

// testdata/heldout874.jsonl is the eight-hundred-and-seventy-fourth held-out
// file: 280 messages (140 Russian, 140 English; 61 without personal data;
// 519 gold spans: PERSON 275, ADDRESS 66, PHONE 56, EMAIL 36, IP 17,
// PASSPORT 16, BANK_ACCOUNT 15, CARD 14, INN 12, OGRN 6, SNILS 6), written
// by hand by someone who saw neither the engine nor any other labelled file,
// while the engine was tuned on files up to heldout868. It is the CRM of a
// Hajj and Umrah pilgrimage tour operator in Makhachkala, Grozny and
// Nalchik: pilgrims, groups, flights, visas, payments in instalments,
// guides. Chats with pilgrims and relatives, lower-case call transcripts,
// e-mails with Saudi partners, CSV group lists, pipe tables of instalments,
// contracts, logs with IPs, SMS. Avar, Dargin, Chechen, Kabardian and Balkar
// names, Arabic names in transliteration, titles (хаджи, устаз) outside the
// names, foreign passports, villages in Dagestan without streets. Negatives:
// famous people and holy places (Имам Шамиль, Кааба, King Fahd Gate), visa
// and ticket numbers, numbers with wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.246 (engine
// 1.241.0, commit 2588814): CARD 0.963 missed its target (a card's number
// glued to its label in an OCR'd scan, "карта:2200 8483 5590 8837 |");
// PERSON 0.947, PHONE 0.991, ADDRESS 0.992 and the other types (1.0) met
// theirs; 3.171% of PII characters leaked (298 of 9399: PERSON 149, CARD 19,
// PASSPORT 6, ADDRESS 124), against the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.247
// (engine 1.242.0), with those of the other files from heldout869 to
// heldout876: Dagestani, Kabardian and Arabic names in Cyrillic and Latin
// letters (Хызыр, Салимат, Умукусум, Magomedkhabib, Muhammadrasul). Left: a
// card glued to its label in an OCR'd scan, holy places and famous people
// ("Имама Шамиля", Muhammad Ali), and a visa's number read as a phone.
// Tuned: PERSON 0.970, PHONE 0.991, CARD 0.963, ADDRESS 0.992; 2.043% leaked
// (192 of 9399).

// heldout874Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout874Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.962, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.97, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout874MaxLeak: target 0.005, missed untuned (3.171%), missed tuned (2.043%).
const heldout874MaxLeak = 0.021

func TestHeldout874(t *testing.T) {
	corpusCheck{file: "testdata/heldout874.jsonl", name: "eight-hundred-and-seventy-fourth held-out corpus", minMessages: 250,
		floors: heldout874Floor, everyType: true, maxLeak: heldout874MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
