package pii

import "testing"

// testdata/heldout585.jsonl is the five-hundred-and-eighty-fifth held-out
// file: 280 messages (140 Russian, 140 English; 64 without personal data;
// 513 gold spans: PERSON 276, ADDRESS 62, PHONE 58, EMAIL 38, IP 17,
// PASSPORT 17, INN 12, BANK_ACCOUNT 11, CARD 10, OGRN 6, SNILS 6), written
// by hand by someone who saw neither the engine nor any other labelled file,
// while the engine was tuned on files up to heldout580. It is the CRM of a
// horse riding tour operator and equestrian club in Adygea,
// Kabardino-Balkaria and Karachay-Cherkessia: tour bookings, riders' skill
// levels, horses, guides, insurance, transfers, payments, reviews. Chats
// with riders, e-mails with agencies with quotes, lower-case call
// transcripts, web booking forms, CSV rider lists, pipe tables of guides'
// pay, webhooks and logs, OCR'd waivers and contracts, SMS. Adyghe,
// Kabardian and Karachay names in their cases, a rider and a horse of the
// same name, initials, a nickname, sole traders, names in capitals with
// slashes, villages (аулы) as addresses, foreign passports and a French ID
// card, phones and addresses said in words. Negatives: horses named like
// people, famous people and characters, pets, streets named after people,
// masked cards, codes, numbers with wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.208 (engine
// 1.203.0, commit 78c32ba): PASSPORT 0.9697 missed its target (a French ID
// card's mixed letters and digits); PERSON 0.922, ADDRESS 0.984 and the
// other types (1.0) met theirs; 2.433% of PII characters leaked (221 of
// 9083: PERSON 147, PHONE 5, PASSPORT 9, ADDRESS 60), against the target of
// 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.209
// (engine 1.204.0), with those of the other files from heldout581 to
// heldout596: none of its own misses; the rules from the other files changed
// none of its figures. Left: horses named like people, Adyghe names the
// tables do not know, and a French ID card's number. Tuned: PERSON 0.922,
// PASSPORT 0.9697, ADDRESS 0.984; 2.433% leaked (221 of 9083).

// heldout585Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout585Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.969, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout585MaxLeak: target 0.005, missed untuned (2.433%), missed tuned (2.433%).
const heldout585MaxLeak = 0.025

func TestHeldout585(t *testing.T) {
	corpusCheck{file: "testdata/heldout585.jsonl", name: "five-hundred-and-eighty-fifth held-out corpus", minMessages: 250,
		floors: heldout585Floor, everyType: true, maxLeak: heldout585MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
