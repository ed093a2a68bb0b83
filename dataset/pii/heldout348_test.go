package pii

import "testing"

// testdata/heldout348.jsonl is the three-hundred-and-forty-eighth held-out
// file: 280 messages (141 Russian, 139 English; 58 without personal data;
// 501 gold spans: PERSON 297, PHONE 61, ADDRESS 48, EMAIL 22, PASSPORT 18,
// BANK_ACCOUNT 14, IP 13, INN 12, OGRN 6, CARD 6, SNILS 4), written by
// hand by someone who saw neither the engine nor any other labelled file,
// while the engine was tuned on files up to heldout347. It is the CRM of a
// second-hand car marketplace and inspection service in Moscow, Krasnodar,
// Yekaterinburg and Bishkek: listings, field inspections, VIN checks, sale
// contracts with passports, escrow payments and payouts, test drives,
// disputes, tow trucks, dealers, foreign buyers' KYC. Chats, SMS, lower-
// case call transcripts, e-mails with headers, quotes and signatures, web
// forms, CSV and pipe tables, CRM, payment and server logs, OCR'd
// passports and vehicle documents. Sellers by first name or surname,
// Kyrgyz and Kazakh names, "SURNAME/GIVEN", every case form; the same
// words as car models and as people (a seller called Octavia, Лада
// Сергеевна). Negatives: car models and dealers (Лада Веста, Борис Хоф,
// Olivia Motors), tariffs named Слава or Надежда, VINs, plates, СТС and
// ПТС numbers, accounts a bank rejected, КПП, БИК, wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.164 (engine
// 1.159.0, commit 1b513d2): BANK_ACCOUNT 0.933 missed its target (two
// accounts a bank rejected as not found or closed, that the writer left
// unlabelled); ADDRESS 0.957, PERSON 0.963 and the other types (1.0) met
// theirs; 2.289% of PII characters leaked (168 of 7339: PERSON 123,
// ADDRESS 45).
//
// It is no longer held out: its misses were read for rules-2025.165 (engine
// 1.160.0), with those of heldout348 to heldout351, and none was tuned for:
// its car models named like people ("Октавия", Mercedes) and the accounts a
// bank rejected have no word that tells them apart. Tuned: as untuned;
// 2.289% leaked (168 of 7339).

// heldout348Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout348Floor = map[string]float64{
	TypeBankAccount: 0.93, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.97, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout348MaxLeak: target 0.005, missed untuned (2.289%), missed tuned (2.289%).
const heldout348MaxLeak = 0.023

func TestHeldout348(t *testing.T) {
	corpusCheck{file: "testdata/heldout348.jsonl", name: "three-hundred-and-forty-eighth held-out corpus", minMessages: 250,
		floors: heldout348Floor, everyType: true, maxLeak: heldout348MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
