package pii

import "testing"

// testdata/heldout497.jsonl is the four-hundred-and-ninety-seventh held-out
// file: 280 messages (140 Russian, 140 English; 63 without personal data;
// 512 gold spans: PERSON 274, ADDRESS 72, PHONE 49, EMAIL 38, IP 17, INN 14,
// BANK_ACCOUNT 13, PASSPORT 12, CARD 11, OGRN 6, SNILS 6), written by hand
// by someone who saw neither the engine nor any other labelled file, while
// the engine was tuned on files up to heldout488. It is the CRM of an online
// marketplace for handmade goods in Moscow, Kazan and Tashkent: sellers'
// shops, buyers' orders, custom orders with personalised engraving,
// disputes, refunds, payouts to sellers, moderation. Chats between buyers
// and sellers relayed by support, e-mails with quotes, lower-case call
// transcripts, web forms, CSV payout lists, pipe tables of disputes, order
// webhooks and logs, OCR'd seller agreements, SMS. Engravings with names,
// sellers signing with a first name, Uzbek names and Tashkent addresses,
// buyers' nicknames, names in the genitive, e-mails dictated in words.
// Negatives: shop names with names, toys, dolls and pets named like people,
// famous people and characters, streets named after people, numbers with
// wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.195 (engine
// 1.190.0, commit b50c993): PASSPORT 0.957 missed its target (a German ID
// card of letters and digits); PERSON 0.920, EMAIL 0.973, ADDRESS 0.943 and
// the other types (1.0) met theirs; 5.395% of PII characters leaked (478 of
// 8860: PERSON 80, EMAIL 65, PASSPORT 9, ADDRESS 324), against the target of
// 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.196
// (engine 1.191.0), with those of the other files from heldout489 to
// heldout508: gift dedications in quotes ("Моему Серёже", "Деду Рафаэлю")
// with the giver's kin ("от бабушки Веры") and shops named after their
// makers ("Мастерская Ольги"). Left: a German ID card, dolls, toys and pets
// named like people, famous people and characters, e-mails dictated in
// words, and buyers' nicknames. Tuned: PERSON 0.933, EMAIL 0.973, PASSPORT
// 0.957, ADDRESS 0.943; 5.135% leaked (455 of 8860).

// heldout497Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout497Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.956, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout497MaxLeak: target 0.005, missed untuned (5.395%), missed tuned (5.135%).
const heldout497MaxLeak = 0.052

func TestHeldout497(t *testing.T) {
	corpusCheck{file: "testdata/heldout497.jsonl", name: "four-hundred-and-ninety-seventh held-out corpus", minMessages: 250,
		floors: heldout497Floor, everyType: true, maxLeak: heldout497MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
