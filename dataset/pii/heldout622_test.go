package pii

import "testing"

// testdata/heldout622.jsonl is the six-hundred-and-twenty-second held-out
// file: 280 messages (140 Russian, 140 English; 62 without personal data;
// 528 gold spans: PERSON 266, ADDRESS 73, PHONE 58, EMAIL 38, INN 18, IP 18,
// BANK_ACCOUNT 14, CARD 14, PASSPORT 14, OGRN 8, SNILS 7), written by hand
// by someone who saw neither the engine nor any other labelled file, while
// the engine was tuned on files up to heldout620. It is the CRM of a wine
// and spirits importer and wine shop chain in St Petersburg, Kaliningrad and
// Sochi: wholesale orders for restaurants, tastings, excise stamps,
// deliveries, loyalty cards, complaints about corked bottles. E-mails with
// restaurants and suppliers with quotes, sommeliers' chats, lower-case call
// transcripts, web orders, CSV order exports, pipe tables, webhooks and
// logs, OCR'd contracts and invoices, SMS. Sommeliers by first name,
// managers by name and patronymic, names in their cases and diminutives,
// names in capitals with slashes, French and Italian suppliers with their
// addresses and phones, foreign passports and an Italian ID card, phones and
// addresses said in words. Negatives: wines, châteaux and producers named
// after people, a themed dinner and a bistro named after people, excise
// stamp ranges next to an INN, loyalty cards, masked cards, codes, numbers
// with wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.212 (engine
// 1.207.0, commit 356f958): PHONE 0.967 missed its target (excise stamp
// ranges read as phones); PERSON 0.924, ADDRESS 0.965 and the other types
// (1.0) met theirs; 2.090% of PII characters leaked (192 of 9188: PERSON 38,
// ADDRESS 154), against the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.213
// (engine 1.208.0), with those of the other files from heldout621 to
// heldout628: a square's "sq." after a street's name in Latin letters
// ("Ostrovskogo sq. 7, apt 21"). Left: wines, champagne houses and producers
// named after people, which the engine masks as people, excise stamp ranges
// read as phones, and Latin streets in a list without a house's keyword.
// Tuned: PERSON 0.924, PHONE 0.967, ADDRESS 0.972; 1.818% leaked (167 of
// 9188).

// heldout622Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout622Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.97, TypePhone: 0.966, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout622MaxLeak: target 0.005, missed untuned (2.090%), missed tuned (1.818%).
const heldout622MaxLeak = 0.019

func TestHeldout622(t *testing.T) {
	corpusCheck{file: "testdata/heldout622.jsonl", name: "six-hundred-and-twenty-second held-out corpus", minMessages: 250,
		floors: heldout622Floor, everyType: true, maxLeak: heldout622MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
