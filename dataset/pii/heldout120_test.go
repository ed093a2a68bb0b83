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
// against the target of 0.5%. It has not been tuned on: these are
// held-out figures.

// heldout120Floor holds the untuned figures: the targets where met, the measured level where not.
var heldout120Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.97, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout120MaxLeak: target 0.005, missed (2.061%).
const heldout120MaxLeak = 0.021

func TestHeldout120(t *testing.T) {
	corpusCheck{file: "testdata/heldout120.jsonl", name: "hundred-and-twentieth held-out corpus", minMessages: 250,
		floors: heldout120Floor, everyType: true, maxLeak: heldout120MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
