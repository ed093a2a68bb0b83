package pii

import "testing"

// testdata/heldout656.jsonl is the six-hundred-and-fifty-sixth held-out
// file: 280 messages (140 Russian, 140 English; 64 without personal data;
// 518 gold spans: PERSON 271, ADDRESS 66, PHONE 58, EMAIL 36, IP 18, INN 17,
// PASSPORT 17, BANK_ACCOUNT 12, CARD 9, OGRN 8, SNILS 6), written by hand by
// someone who saw neither the engine nor any other labelled file, while the
// engine was tuned on files up to heldout652. It is the CRM of a hostel and
// mini-hotel chain for backpackers in St Petersburg, Kazan and Irkutsk:
// bookings, check-ins with passports, migration registration of foreigners,
// lost items, reviews. Chats in English and Russian, lower-case call
// transcripts, booking platform e-mails, registration cards with fields, CSV
// guest lists, pipe tables, webhooks and logs, OCR'd passports and visas
// with Chinese script, SMS. Guests from Germany, France, Spain, Italy,
// China, Korea, Israel, Brazil, Chile, Mexico and Mongolia with their
// passports and ID cards, accented Latin names, names in Hangul and Chinese,
// nicknames in reviews, home addresses abroad, phones of about 25 countries,
// addresses and phones said in words. Negatives: hostels, bars and rooms
// named after famous writers, visa, ticket and booking numbers, masked
// cards, versions, a MAC address, numbers with wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.216 (engine
// 1.211.0, commit a08438a): PASSPORT 0.903 missed its target (German,
// Spanish and Korean passports of letters and digits with no passport's word
// beside them); PERSON 0.924, PHONE 0.991, ADDRESS 0.939, IP 0.973 and the
// other types (1.0) met theirs; 6.411% of PII characters leaked (592 of
// 9234: PERSON 243, PHONE 51, PASSPORT 32, ADDRESS 266), against the target
// of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.217
// (engine 1.212.0), with those of the other files from heldout653 to
// heldout660: a known city in lower case before a street said in Latin
// letters ("saint petersburg, ulitsa marata, dom twelve, kvartira five") and
// "per" after a speed no longer read as a lane. Left: foreign passports with
// no word beside them, Korean and Chinese names in capitals and in their
// scripts, nicknames, and Latin American addresses. Tuned: PERSON 0.924,
// PHONE 0.991, PASSPORT 0.903, ADDRESS 0.969, IP 0.973; 5.285% leaked (488
// of 9234).

// heldout656Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout656Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.903, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout656MaxLeak: target 0.005, missed untuned (6.411%), missed tuned (5.285%).
const heldout656MaxLeak = 0.053

func TestHeldout656(t *testing.T) {
	corpusCheck{file: "testdata/heldout656.jsonl", name: "six-hundred-and-fifty-sixth held-out corpus", minMessages: 250,
		floors: heldout656Floor, everyType: true, maxLeak: heldout656MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
