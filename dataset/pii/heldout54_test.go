package pii

import "testing"

// testdata/heldout54.jsonl is the fifty-fourth held-out file: 266 messages
// (134 Russian, 132 English; 59 without personal data; 462 gold spans:
// PERSON 234, ADDRESS 67, PHONE 40, INN 24, EMAIL 19, IP 15, BANK_ACCOUNT
// 14, CARD 13, PASSPORT 12, SNILS 12, OGRN 12), written by hand by someone
// who saw neither the engine nor any other labelled file, while the engine
// was tuned on heldout52 and heldout53. It is the CRM of a grocery and food
// delivery service with dark stores and couriers: customer and courier
// chats, support notes, system and security notices, corporate catering
// letters, courier onboarding as self-employed (Uzbek, Tajik and Kyrgyz
// couriers with Latin-letter and nine-digit passports, Russian passports
// in three layouts, +998/+992/+996 phones), payout registers, refunds and
// chargebacks. Short messy chat lines with typos and emoji, lower-case
// voice-to-text, letters and e-mails with signatures, requisites,
// questionnaires, lists. Delivery addresses in many styles, Russian and
// transliterated, abbreviated, lower case, with entrance, floor, intercom
// and landmarks outside the span; office and business-centre addresses,
// legal addresses with an index, a UK address, a land plot, one spoken
// address. Names in every case, diminutives (Танечка, Зуля), lower case,
// initials, titles outside, Mark as a name. Negatives: Вера в…, Слава
// богу, Алёнка and Виола the brands, БЦ «Высоцкий», ул. Льва Толстого
// inside an address, Victoria and Sydney, Will you, Mark my words, grace
// period, Hope, Ben & Jerry's, Jack Daniel's; order, ticket, invoice,
// contract and payment-order numbers, promo codes, SKUs, amounts, dates, a
// plate, a flight, an app version shaped like an IP, a masked phone,
// masked cards, ОМС, RRN, КПП, БИК, ОКПО, correspondent accounts, and the
// same card, SNILS or INN once with a wrong check digit next to the valid
// one.
//
// The engine was judged on it once, untuned, with rules-2025.32 (engine
// 1.30.0, commit 71fa25f): every identifier type 1.0, PERSON 0.966 and
// ADDRESS 0.925: every F1 target met; 2.513% of PII characters leaked (183
// of 7282: ADDRESS 101, PERSON 82), against the target of 0.5%.

// It is no longer held out: after that run its misses (with heldout55's)
// drove rules-2025.33 (engine 1.31.0). With rules-2025.33: PERSON 0.985,
// ADDRESS 0.962, every other type 1.0; leak 0.865% (ADDRESS 50: a spoken
// "ленинский тридцать семь", a hotel's room; PERSON 13).

// heldout54Floor guards the tuned level.
var heldout54Floor = map[string]float64{
	TypeBankAccount: 0.99, TypeCard: 0.99, TypeEmail: 0.99, TypeINN: 0.99, TypeIP: 0.99, TypeOGRN: 0.99,
	TypePassport: 0.99, TypePhone: 0.99, TypeSNILS: 0.99, TypePerson: 0.98, TypeAddress: 0.95,
}

// heldout54MaxLeak: target 0.005; 2.513% untuned, 0.865% tuned.
const heldout54MaxLeak = 0.009

func TestHeldout54(t *testing.T) {
	corpusCheck{file: "testdata/heldout54.jsonl", name: "fifty-fourth held-out corpus", minMessages: 250,
		floors: heldout54Floor, everyType: true, maxLeak: heldout54MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
