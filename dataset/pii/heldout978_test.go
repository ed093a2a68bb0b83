package pii

import "testing"

// testdata/heldout978.jsonl is the nine-hundred-and-seventy-eighth held-out
// file: 280 messages (140 Russian, 140 English; 65 without personal data; 561
// gold spans: PERSON 295, ADDRESS 68, PHONE 60, EMAIL 39, PASSPORT 20, IP 19,
// INN 17, BANK_ACCOUNT 14, CARD 13, SNILS 8, OGRN 8), written by hand by
// someone who saw neither the engine nor any other labelled file, while the
// engine was tuned on files up to heldout972. It is the CRM of a paragliding
// school and tandem flight operator in Altai and Sochi: tandem bookings,
// courses, pilots and instructors, weather cancellations, insurance, transfers
// from hotels, tourists from China and Germany. Its brief asked for the same
// mix of chats, transcripts, e-mails, tables, logs and forms; pilots by
// callsign and nickname (Сокол, Дед), wings named like people (Ozone Rush, Gin
// Bonanza), hotels and camps on highways by kilometre, Chinese names in
// pinyin. Negatives: insurance policy numbers, weights and heights.
//
// The engine was judged on it once, untuned, with rules-2025.259 (engine
// 1.254.0, commit 3bf2191): PERSON 0.905 missed its target (pilots' callsigns
// that are words missed (Сокол, Дед, Беркут, Гриф, Лис), a paragliding site
// (Манжерок, Ахун) and banks' names in a table taken for people); ADDRESS
// 0.938, EMAIL 0.987 and the other types (1.0) met theirs; 6.099% of PII
// characters leaked (564 of 9248: ADDRESS 333, PERSON 196, EMAIL 32, PASSPORT
// 3), against the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.260
// (engine 1.255.0), with those of the other files from heldout973 to
// heldout980: a tract's kilometre as the house of an address in both languages
// ("Chuysky Trakt 461 km, Manzherok", "на Чуйском тракте, 455 км"). Left:
// pilots' callsigns that are words (Сокол, Дед, Беркут, Гриф, Лис),
// paragliding sites and banks' names taken for people, and a tract's kilometre
// said aloud. Tuned: PERSON 0.905, ADDRESS 0.977, EMAIL 0.987; 3.990% leaked
// (369 of 9248).

// heldout978Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout978Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.97, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.904,
}

// heldout978MaxLeak: target 0.005, missed untuned (6.099%), missed tuned (3.990%).
const heldout978MaxLeak = 0.04

func TestHeldout978(t *testing.T) {
	corpusCheck{file: "testdata/heldout978.jsonl", name: "nine-hundred-and-seventy-eighth held-out corpus", minMessages: 250,
		floors: heldout978Floor, everyType: true, maxLeak: heldout978MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
