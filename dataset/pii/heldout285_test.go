package pii

import "testing"

// testdata/heldout285.jsonl is the two-hundred-and-eighty-fifth held-out
// file: 281 messages (146 Russian, 135 English; 64 without personal data;
// 523 gold spans: PERSON 332, PHONE 47, ADDRESS 35, EMAIL 30, IP 20,
// PASSPORT 16, CARD 14, INN 11, BANK_ACCOUNT 7, OGRN 6, SNILS 5), written by
// hand by someone who saw neither the engine nor any other labelled file,
// while the engine was tuned on heldout280 to heldout283.
// It is the CRM of a wedding and evening dress salon in Moscow, Krasnodar,
// Makhachkala and Baku: fittings and measurements, rentals with passports
// and deposits, tailoring, instalments, deliveries, complaints, deletion
// requests, hiring; foreign brides in English. Chats, SMS, lower-case call
// transcripts, e-mails with headers, quotes, forwards and signatures, web
// forms, CSV and pipe fitting schedules, OCR'd Russian and UK passports,
// payment and login logs, requisites. Dagestani and Azerbaijani names with
// оглы, ханум and bey, brides and grooms named together, every case form,
// diminutives, names that are also words used both ways. Negatives: dress
// models and designers named like women («Анна», «Грейс», "Grace gown",
// Vera Wang), order, claim and tracking numbers, a fraud hotline, ОМС, КПП,
// БИК, ОКПО, masked cards, versions shaped like IPs, wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.150 (engine
// 1.145.0, commit e4f3503): PASSPORT 0.968 missed its target (an
// Azerbaijani passport's series); PERSON 0.955 (dress models named like
// women read as people), PHONE 0.979 (a landline read from a bank's
// number), ADDRESS 0.986 and the other types (1.0) met theirs; 1.930% of
// PII characters leaked (142 of 7356: PERSON 118, ADDRESS 13, PASSPORT 11),
// against the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.151
// (engine 1.146.0), with those of the other files from heldout284 to
// heldout295: a passport number printed in threes ("Passport No. 533 401
// 866"), a dress's model in its column ("client,…,dress" … "Grace gown").
// Tuned: PASSPORT 1.0 (now met), PERSON 0.971; 1.373% leaked (101 of 7356).

// heldout285Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout285Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.97, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout285MaxLeak: target 0.005, missed untuned (1.930%), missed tuned (1.373%).
const heldout285MaxLeak = 0.014

func TestHeldout285(t *testing.T) {
	corpusCheck{file: "testdata/heldout285.jsonl", name: "two-hundred-and-eighty-fifth held-out corpus", minMessages: 250,
		floors: heldout285Floor, everyType: true, maxLeak: heldout285MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
