package pii

import "testing"

// testdata/heldout800.jsonl is the eight-hundredth held-out file: 280
// messages (140 Russian, 140 English; 62 without personal data; 524 gold
// spans: PERSON 278, ADDRESS 68, PHONE 57, EMAIL 38, IP 17, PASSPORT 17, INN
// 14, CARD 12, BANK_ACCOUNT 11, OGRN 6, SNILS 6), written by hand by someone
// who saw neither the engine nor any other labelled file, while the engine
// was tuned on files up to heldout796. It is the CRM of a model and casting
// agency in Moscow and St Petersburg: models (minors among them, with their
// parents), castings, contracts, photographers, fees and payouts. E-mails
// with brands in English, chats with models, CSV model cards, pipe tables of
// payouts, OCR'd contracts, logs with IPs, call transcripts. Stage names
// beside legal names, minors and parents, names in capitals on tickets,
// foreign models' passports, phones and addresses said in words. Negatives:
// brands named after designers (Tom Ford, Calvin Klein), famous models and
// actresses, Instagram and Telegram handles, measurements, numbers with
// wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.236 (engine
// 1.231.0, commit 004f470): PASSPORT 0.9697 missed its target (a US
// passport's nine digits with no label beside them); PERSON 0.954, ADDRESS
// 0.9697 and the other types (1.0) met theirs; 2.330% of PII characters
// leaked (205 of 8797: PERSON 94, PASSPORT 15, ADDRESS 96), against the
// target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.237
// (engine 1.232.0), with those of the other files from heldout797 to
// heldout804: none of its own misses; the rules from the other files changed
// none of its figures. Left: models' stage names, famous models and
// actresses taken for people, Moscow streets without their keyword in
// English, and a US passport's nine digits. Tuned: PERSON 0.954, PASSPORT
// 0.9697, ADDRESS 0.970; 2.330% leaked (205 of 8797).

// heldout800Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout800Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.969, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout800MaxLeak: target 0.005, missed untuned (2.330%), missed tuned (2.330%).
const heldout800MaxLeak = 0.024

func TestHeldout800(t *testing.T) {
	corpusCheck{file: "testdata/heldout800.jsonl", name: "eight-hundredth held-out corpus", minMessages: 250,
		floors: heldout800Floor, everyType: true, maxLeak: heldout800MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
