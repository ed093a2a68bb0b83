package pii

import "testing"

// testdata/heldout120.jsonl is the hundred-and-twentieth held-out file:
// 276 messages (138 Russian, 138 English; 57 without personal data; 476
// gold spans: PERSON 220, ADDRESS 56, PHONE 55, EMAIL 34, IP 34, CARD 18,
// BANK_ACCOUNT 17, INN 16, OGRN 11, PASSPORT 10, SNILS 5), written by hand
// by someone who saw neither the engine nor any other labelled file, while
// the engine was tuned on heldout116 to heldout119. It is the CRM of an
// online marketplace's seller-support and returns desk for Russia, Belarus
// and Armenia: complaints about sellers, returns and pickup points,
// couriers, damaged parcels, counterfeit claims (Tommy Hilfiger, Calvin
// Klein), seller onboarding with requisites, payouts, chargebacks, fraud
// cases, gift orders for third parties, deletion and access requests.
// Chats, lower-case call transcripts, e-mails with headers, quotes,
// forwards and signatures, forms, CSV and pipe tables, OCR'd passports,
// nginx, payment, courier and seller-portal logs, SMS templates. Full
// names with patronymics, initials, recipients in the dative, diminutives,
// lower-case names, airline-style names, names that are also words both
// ways (Вера, Роза, Лилия, Слава, Надежда, Любовь, Лев, Mark, Will, Grace,
// Rose, Victoria), sole traders («ИП Сидоренко») against shops and brands
// named after people («Дом Сидоренко», "Klein & Sons"). Russian,
// Belarusian, Armenian and UK addresses, one spoken; Belarusian and
// Armenian passports. Negatives: order, ticket, return, claim and invoice
// numbers, tracking numbers, SKUs, IMEI, VIN, plates, ARN, ОМС, КПП, БИК,
// ОКПО, correspondent accounts, masked cards, BIN, an IP-shaped app
// version, a CIDR range, numbers with a wrong check digit.
//
// The engine was judged on it once, untuned, with rules-2025.70 (engine
// 1.68.0, commit 4d49380): every type met its target (ADDRESS 0.991,
// PERSON 0.939, BANK_ACCOUNT 0.971, IP 0.986, the others 1.0); 2.061% of
// PII characters leaked (159 of 7715: PERSON 101, ADDRESS 55, PHONE 3;
// lower-case names that are also words in transcripts, a spoken address),
// against the target of 0.5%.
//
// It is no longer held out: after that run its misses (with heldout121's)
// drove rules-2025.71 (engine 1.69.0): a shop's manager ("менеджер
// магазина Оксана Дорошенко": a dictated lower-case surname takes only a
// lower-case first name), an app's version key ("app_ver="), a station
// named like a woman, a property firm. With rules-2025.71: PERSON 0.944
// (lower-case names that are also words in transcripts), BANK_ACCOUNT
// 0.971, ADDRESS 0.991, the others 1.0; leak 2.048% (158 of 7715: PERSON
// 100, ADDRESS 55, PHONE 3).

// heldout120Floor guards the tuned level.
var heldout120Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.99, TypeEmail: 0.99, TypeINN: 0.99, TypeIP: 0.99, TypeOGRN: 0.99,
	TypePassport: 0.99, TypePhone: 0.99, TypeSNILS: 0.99, TypeAddress: 0.98, TypePerson: 0.94,
}

// heldout120MaxLeak: target 0.005; 2.061% untuned, 2.048% tuned.
const heldout120MaxLeak = 0.021

func TestHeldout120(t *testing.T) {
	corpusCheck{file: "testdata/heldout120.jsonl", name: "hundred-and-twentieth held-out corpus", minMessages: 250,
		floors: heldout120Floor, everyType: true, maxLeak: heldout120MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
