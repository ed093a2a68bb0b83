package pii

import "testing"

// testdata/heldout204.jsonl is the two-hundred-and-fourth held-out file:
// 280 messages (142 Russian, 138 English; 60 without personal data; 500
// gold spans: PERSON 286, PHONE 50, ADDRESS 43, EMAIL 34, PASSPORT 18,
// INN 15, IP 13, BANK_ACCOUNT 12, CARD 11, SNILS 9, OGRN 9), written by
// hand by someone who saw neither the engine nor any other labelled file,
// while the engine was tuned on heldout202 and heldout203.
// It is the CRM of a funeral and memorial company in Moscow, Tula, Ryazan
// and Nizhny Novgorod with a repatriation desk: funeral and cremation
// orders, hearse routes, cemetery plots and columbarium niches, monuments
// and engraving, state burial allowances, insurers and employers paying,
// complaints, deletion requests; relatives abroad and consulates in
// English. Chats, SMS, lower-case call and voicemail transcripts, e-mails
// with headers, quotes, forwards and signatures, web forms, CSV and pipe
// tables, OCR'd passports and death-certificate extracts, engraving
// layouts, payment and website logs. The deceased's and the relatives'
// names in the genitive and dative, diminutives, "в память о", a family's
// surname alone; names that are also words used both ways; saints,
// churches, streets, cemeteries and monuments named after people are no
// people. Negatives: order, contract, claim, plot, death-certificate,
// air-waybill, tracking and policy numbers, ОМС, КПП, БИК, ОКПО,
// correspondent accounts, VINs, plates, masked cards, versions shaped like
// IPs, wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.126 (engine
// 1.123.0, commit 94fe1e0): every F1 target met (PERSON 0.974, ADDRESS
// 0.988: an embassy's transliterated address with "Pereulok No. 8";
// EMAIL 0.986, PHONE 0.990, the other types 1.0); 1.019% of PII
// characters leaked (80 of 7852: ADDRESS 49, PERSON 31), against the
// target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.127
// (engine 1.124.0), with those of heldout205: "No. 8" after a
// transliterated street keyword, an embassy's name before its address,
// "Case" before a case number, two-word towns ("по Сергиеву Посаду", "в
// Марьину Рощу"), a passport's patronymic on its own line, kin after an
// ambiguous name ("Роман, внук умершей"). Tuned: ADDRESS 1.0, PERSON
// 0.983; 0.267% leaked (21 of 7852, all PERSON), under the target.

// heldout204Floor holds the targets, all met untuned and tuned.
var heldout204Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.97, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout204MaxLeak: target 0.005, missed untuned (1.019%), met tuned (0.267%).
const heldout204MaxLeak = 0.005

func TestHeldout204(t *testing.T) {
	corpusCheck{file: "testdata/heldout204.jsonl", name: "two-hundred-and-fourth held-out corpus", minMessages: 250,
		floors: heldout204Floor, everyType: true, maxLeak: heldout204MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
