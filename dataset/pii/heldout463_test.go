package pii

import "testing"

// testdata/heldout463.jsonl is the four-hundred-and-sixty-third held-out
// file: 280 messages (140 Russian, 140 English; 63 without personal data;
// 504 gold spans: PERSON 271, ADDRESS 66, PHONE 50, EMAIL 35, PASSPORT 17,
// INN 16, IP 16, CARD 11, BANK_ACCOUNT 10, OGRN 6, SNILS 6), written by hand
// by someone who saw neither the engine nor any other labelled file, while
// the engine was tuned on files up to heldout449. It is the CRM of a parcel
// forwarding service for purchases from the USA, Turkey and China delivered
// to Moscow, Almaty and Tashkent: warehouses abroad, customs declarations
// with passports and INN, duties, consolidation, lost and damaged parcels,
// refunds, couriers. Chats, lower-case call transcripts with a home address
// and a phone read out, e-mails from customs brokers with quotes, web forms,
// CSV manifests, pipe tables of duties, tracking logs, OCR'd declarations
// and passports, SMS. A customer's suite address abroad is labelled, the
// firm's own warehouse addresses are not; Uzbek passports, Kazakh IINs and
// Uzbek personal numbers as negatives, US phones, brands named like people.
// Negatives: tracking numbers, numbers with wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.188 (engine
// 1.183.0, commit 44c6d78): PASSPORT 0.938, ADDRESS 0.862 missed their
// targets (Uzbek passports of two letters and seven digits, a Kazakh
// passport of nine digits; Tashkent districts and blocks, and the warehouses
// abroad the writer leaves unlabelled); PERSON 0.976, PHONE 0.990 and the
// other types (1.0) met theirs; 6.276% of PII characters leaked (570 of
// 9082: PERSON 15, PASSPORT 24, ADDRESS 531), against the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.189
// (engine 1.184.0), with those of the other files from heldout450 to
// heldout464: a second keyword after the street's name ("ул. Графский пер.,
// д. 14"), a building glued to its letter ("Leningradsky pr. 80 k2"), an
// Uzbek ID card's number ("ID-KARTA … Document No: AD1927364") and a column
// for identity documents ("| Уд. личности |"). Left: Tashkent districts and
// blocks, the warehouses abroad its writer leaves unlabelled, and lower-case
// surnames. Tuned: PASSPORT 1.0 (now met), PERSON 0.978, PHONE 0.990,
// ADDRESS 0.901; 4.922% leaked (447 of 9082).

// heldout463Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout463Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.97, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.9, TypePerson: 0.92,
}

// heldout463MaxLeak: target 0.005, missed untuned (6.276%), missed tuned (4.922%).
const heldout463MaxLeak = 0.05

func TestHeldout463(t *testing.T) {
	corpusCheck{file: "testdata/heldout463.jsonl", name: "four-hundred-and-sixty-third held-out corpus", minMessages: 250,
		floors: heldout463Floor, everyType: true, maxLeak: heldout463MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
