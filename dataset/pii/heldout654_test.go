package pii

import "testing"

// testdata/heldout654.jsonl is the six-hundred-and-fifty-fourth held-out
// file: 280 messages (140 Russian, 140 English; 61 without personal data;
// 529 gold spans: PERSON 276, ADDRESS 74, PHONE 58, EMAIL 39, IP 17,
// PASSPORT 17, INN 13, BANK_ACCOUNT 11, CARD 11, OGRN 7, SNILS 6), written
// by hand by someone who saw neither the engine nor any other labelled file,
// while the engine was tuned on files up to heldout652. It is the CRM of a
// cargo airline's ground handling and courier desk in Novosibirsk,
// Khabarovsk and Yakutsk: airway bills, customs holds, consignee notices,
// pick-ups, claims for damaged cargo. E-mails in English and Russian with
// signatures, lower-case call transcripts, airway bill and manifest excerpts
// with fixed columns, CSV consignee lists, pipe tables, webhooks and logs,
// OCR'd powers of attorney with passports, SMS. Consignees as companies and
// people, names in capitals with slashes, nicknames, Korean and Chinese
// names in both alphabets, Chinese and Korean shippers' addresses,
// warehouses by a road's kilometre, phones with extensions and said in
// words, Chinese and Korean passports and a Chinese resident ID card.
// Negatives: airway bill and flight numbers shaped like phones, famous
// people and a café named after one, a pet, versions, a subnet mask, masked
// cards, numbers with wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.216 (engine
// 1.211.0, commit a08438a): PHONE 0.958, PASSPORT 0.9697 missed their
// targets (airway bills' numbers in a manifest's column read as phones, and
// a mobile read out digit by digit without its 8; a Chinese resident ID
// card's eighteen digits); PERSON 0.978, ADDRESS 0.980 and the other types
// (1.0) met theirs; 3.459% of PII characters leaked (334 of 9657: PERSON 69,
// PHONE 49, PASSPORT 18, ADDRESS 198), against the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.217
// (engine 1.212.0), with those of the other files from heldout653 to
// heldout660: a landline with its town's code read out after "по номеру".
// Left: airway bills' numbers in a manifest, a Chinese resident ID card, a
// Chinese address in capitals with its block and floor, and Korean names in
// capitals. Tuned: PERSON 0.978, PHONE 0.967, PASSPORT 0.9697, ADDRESS
// 0.980; 2.951% leaked (285 of 9657).

// heldout654Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout654Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.969, TypePhone: 0.966, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout654MaxLeak: target 0.005, missed untuned (3.459%), missed tuned (2.951%).
const heldout654MaxLeak = 0.03

func TestHeldout654(t *testing.T) {
	corpusCheck{file: "testdata/heldout654.jsonl", name: "six-hundred-and-fifty-fourth held-out corpus", minMessages: 250,
		floors: heldout654Floor, everyType: true, maxLeak: heldout654MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
