package pii

import "testing"

// testdata/heldout789.jsonl is the seven-hundred-and-eighty-ninth held-out
// file: 280 messages (140 Russian, 140 English; 64 without personal data;
// 535 gold spans: PERSON 275, ADDRESS 72, PHONE 58, EMAIL 38, IP 17,
// PASSPORT 17, INN 16, BANK_ACCOUNT 14, CARD 13, OGRN 8, SNILS 7), written
// by hand by someone who saw neither the engine nor any other labelled file,
// while the engine was tuned on files up to heldout788. It is the CRM of a
// window and door installer in Orel, Kursk and Belgorod: measurements,
// installations, warranty visits, installers, installments. Chats with
// customers, lower-case call transcripts, e-mails with quotes, measurement
// sheets, CSV of orders, pipe tables, webhooks and logs with IPs, OCR'd
// installment contracts, SMS. Measurers and installers by first name,
// customers in their cases and families in the plural, nicknames, names in
// capitals and in a machine-readable line, addresses with entrance and floor
// and village houses, phones split over lines and said in words, a passport
// said in words. Negatives: window profile brands (Rehau, Veka, Montblanc),
// writers, streets named for people without a house, a dog, numbers with
// wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.235 (engine
// 1.230.0, commit c240dde): PASSPORT 0.9697 missed its target (a passport
// said in words); PERSON 0.952, PHONE 0.974, ADDRESS 0.979 and the other
// types (1.0) met theirs; 3.342% of PII characters leaked (317 of 9485:
// PERSON 35, PHONE 100, PASSPORT 62, ADDRESS 120), against the target of
// 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.236
// (engine 1.231.0), with those of the other files from heldout789 to
// heldout796: Orel and Belgorod as cities, not people, and mobiles after 8
// broken over two lines ("8 915\n503 27 64"). Left: passports said in words,
// a village with its district before a street in English, and a CSV row's
// address in semicolon-separated cells. Tuned: PERSON 0.971, PHONE 0.991,
// PASSPORT 0.9697, ADDRESS 0.979; 2.783% leaked (264 of 9485).

// heldout789Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout789Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.969, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout789MaxLeak: target 0.005, missed untuned (3.342%), missed tuned (2.783%).
const heldout789MaxLeak = 0.028

func TestHeldout789(t *testing.T) {
	corpusCheck{file: "testdata/heldout789.jsonl", name: "seven-hundred-and-eighty-ninth held-out corpus", minMessages: 250,
		floors: heldout789Floor, everyType: true, maxLeak: heldout789MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
