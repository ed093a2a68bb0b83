package pii

import "testing"

// testdata/heldout291.jsonl is the two-hundred-and-ninety-first held-out
// file: 279 messages (140 Russian, 139 English; 59 without personal data;
// 518 gold spans: PERSON 260, PHONE 87, ADDRESS 46, EMAIL 37, PASSPORT 17,
// CARD 17, IP 16, INN 15, BANK_ACCOUNT 10, OGRN 7, SNILS 6), written by
// hand by someone who saw neither the engine nor any other labelled file,
// while the engine was tuned on heldout280 to heldout283.
// It is the CRM of a phone-repair and refurbished-gadget shop chain with
// courier pickup in Moscow, Nizhny Novgorod, Voronezh and Tashkent: repair
// orders, courier routes, buy-back and trade-in with passports, warranty
// claims, data-recovery consents, card and SBP payments, refunds, deletion
// requests, staff records, supplier requisites. Chats, SMS, lower-case call
// transcripts with numbers and addresses spelled out, e-mails with
// headers, quotes, forwards and signatures, web forms, CSV and pipe repair
// queues, OCR'd passports, payment, gateway and login logs with IPv4 and
// IPv6; foreign customers in English. Uzbek names with "угли", vocatives
// and diminutives, first-name-only staff, names that are also words used
// both ways ("Mark my words", "Grace period"). Negatives: IMEIs and
// serials beside phones, order, ticket, claim and waybill numbers, plates,
// ОМС, КПП, БИК, ОКПО, RRN, masked cards, versions shaped like IPs, a
// 9-digit INN, wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.150 (engine
// 1.145.0, commit e4f3503): every F1 target met (ADDRESS 0.989, PERSON
// 0.986, the other types 1.0); 0.545% of PII characters leaked (45 of
// 8264: PERSON 34, ADDRESS 11), just above the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.151
// (engine 1.146.0), with those of the other files from heldout284 to
// heldout295: an address's end at a question mark ("…, Nizhny Novgorod? I'm
// Amara Okafor"). Tuned: ADDRESS 0.989, PERSON 0.990; 0.484% leaked (40 of
// 8264).

// heldout291Floor holds the tuned figures: the targets, all met.
var heldout291Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.97, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout291MaxLeak: target 0.005, missed untuned (0.545%), met tuned (0.484%).
const heldout291MaxLeak = 0.005

func TestHeldout291(t *testing.T) {
	corpusCheck{file: "testdata/heldout291.jsonl", name: "two-hundred-and-ninety-first held-out corpus", minMessages: 250,
		floors: heldout291Floor, everyType: true, maxLeak: heldout291MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
