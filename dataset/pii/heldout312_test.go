package pii

import "testing"

// testdata/heldout312.jsonl is the three-hundred-and-twelfth held-out
// file: 280 messages (142 Russian, 138 English; 62 without personal data;
// 553 gold spans: PERSON 303, PHONE 95, EMAIL 45, ADDRESS 34, PASSPORT 18,
// IP 16, INN 13, BANK_ACCOUNT 10, CARD 8, OGRN 7, SNILS 4), written by hand
// by someone who saw neither the engine nor any other labelled file, while
// the engine was tuned on heldout304 to heldout311.
// It is the CRM of a bicycle and e-scooter shop chain with repairs and
// rentals in Moscow, Kaliningrad, Sochi and Tashkent: rentals with passport
// or cash deposits, repair orders, warranty claims, home delivery, club
// rides with participant and emergency lists, payments, refunds,
// complaints, deletion and opt-out requests. Chats, SMS, lower-case call
// transcripts, e-mails with headers, quotes, forwards and signatures, web
// forms, CSV and pipe queues, OCR'd passports, POS, payment and login logs;
// tourists and expats in English with letter-format passports. Uzbek names
// in Cyrillic and Latin, every case form, diminutives, names that are also
// words used both ways (Victoria a store). Negatives: bike models named like
// people (Merida Matts, Orbea Alma, Scott Contessa, Stels Navigator),
// Strava nicknames, order, repair and tracking numbers, RRNs, serials, VINs,
// plates, a driving licence, ОМС, КПП, БИК, ОКПО, masked cards, versions
// shaped like IPs, wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.154 (engine
// 1.149.0, commit 298ff23): PASSPORT 0.941 missed its target (Uzbek ID
// cards, "ID card: AD 1187305"); ADDRESS 0.941 (a Tashkent quarter, a
// spoken "bolshaya dmitrovka seven", bike models read as streets), PERSON
// 0.957, PHONE 0.995 and the other types (1.0) met theirs; 1.695% of PII
// characters leaked (140 of 8261: ADDRESS 84, PERSON 24, PASSPORT 20, PHONE
// 12), against the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.155
// (engine 1.150.0), with those of the other files from heldout312 to
// heldout315 and some older ones: an identity card's letters and number as a
// passport ("ID card: AD 1187305"). Tuned: PASSPORT 1.0 (now met), ADDRESS
// as untuned, PERSON 0.957; 1.453% leaked (120 of 8261).

// heldout312Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout312Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.97, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout312MaxLeak: target 0.005, missed untuned (1.695%), missed tuned (1.453%).
const heldout312MaxLeak = 0.015

func TestHeldout312(t *testing.T) {
	corpusCheck{file: "testdata/heldout312.jsonl", name: "three-hundred-and-twelfth held-out corpus", minMessages: 250,
		floors: heldout312Floor, everyType: true, maxLeak: heldout312MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
