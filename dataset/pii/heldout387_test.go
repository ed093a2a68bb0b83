package pii

import "testing"

// testdata/heldout387.jsonl is the three-hundred-and-eighty-seventh held-
// out file: 280 messages (140 Russian, 140 English; 60 without personal
// data; 499 gold spans: PERSON 290, PHONE 60, ADDRESS 39, EMAIL 24,
// PASSPORT 20, INN 16, BANK_ACCOUNT 12, CARD 11, SNILS 9, OGRN 9, IP 9),
// written by hand by someone who saw neither the engine nor any other
// labelled file, while the engine was tuned on files up to heldout383. It
// is the CRM of a public-services centre (МФЦ) call centre and appointment
// service in Moscow region, Kazan and Ufa: passports, SNILS, INN
// certificates, property registration, child benefits, прописка, pick-up
// notices, complaints, state duties, legal entities' requests, foreign
// residents. Chats, lower-case call transcripts with addresses in words,
// e-mails with headers, quotes and signatures, web forms, CSV and pipe
// appointment tables, queue and CRM logs, SMS, OCR'd passports and birth
// certificates. Representatives acting for others ("за Петрову Анну"),
// SNILS beside INN, every case form, words that are also names used both
// ways. Negatives: УИН, КБК, ОКТМО, cadastral and power-of-attorney
// numbers, masked cards, КПП, БИК, wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.170 (engine
// 1.165.0, commit afcf35d): every F1 target met (PERSON 0.990, PHONE
// 0.992, the other types 1.0) and the leak target met too: 0.450% of PII
// characters leaked (37 of 8229: PERSON 18, PHONE 15, ADDRESS 4).
//
// It is no longer held out: after that run its misses drove rules-2025.171
// (engine 1.166.0), with those of the other files from heldout384 to
// heldout387: none of its own. Tuned: as untuned; 0.450% leaked (37 of
// 8229).

// heldout387Floor holds the tuned figures: the targets, all met.
var heldout387Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.97, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout387MaxLeak: target 0.005, met untuned (0.450%), met tuned (0.450%).
const heldout387MaxLeak = 0.005

func TestHeldout387(t *testing.T) {
	corpusCheck{file: "testdata/heldout387.jsonl", name: "three-hundred-and-eighty-seventh held-out corpus", minMessages: 250,
		floors: heldout387Floor, everyType: true, maxLeak: heldout387MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
