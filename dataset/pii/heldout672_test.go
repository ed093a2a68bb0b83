package pii

import "testing"

// testdata/heldout672.jsonl is the six-hundred-and-seventy-second held-out
// file: 280 messages (140 Russian, 140 English; 61 without personal data;
// 538 gold spans: PERSON 277, ADDRESS 73, PHONE 58, EMAIL 38, IP 18, INN 16,
// PASSPORT 16, BANK_ACCOUNT 14, CARD 12, OGRN 8, SNILS 8), written by hand
// by someone who saw neither the engine nor any other labelled file, while
// the engine was tuned on files up to heldout668. It is the CRM of a music
// school and instrument rental for children and adults in Rostov-on-Don,
// Taganrog and Novocherkassk: lessons, exams, concerts, instrument rentals,
// payments. Chats with parents, lower-case call transcripts, e-mails,
// enrolment forms, CSV student lists with the parent, instrument and
// teacher, pipe tables, webhooks and logs, OCR'd rental contracts with
// passports, SMS. Teachers by first name and patronymic, children and
// parents with the same surname, names in their cases and capitals, titles
// before names, Cossack stanitsas as addresses, an address typed without
// spaces, phones and addresses said in words, foreign passports and a
// Portuguese ID card. Negatives: composers and pianists, pieces named after
// people ("К Элизе"), instrument brands, versions, masked cards, numbers
// with wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.218 (engine
// 1.213.0, commit 3f1db9b): every F1 target met (PERSON 0.977, ADDRESS
// 0.958, the other types 1.0); 2.087% of PII characters leaked (214 of
// 10254: PERSON 25, PASSPORT 6, ADDRESS 183), against the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.219
// (engine 1.214.0), with those of the other files from heldout669 to
// heldout676: a stanitsa's name before its word in English
// ("Starocherkasskaya stanitsa, Donskaya St 5") and composers ("Гершвина",
// "Кабалевский", "Майкапар"). Left: an address typed without commas, a
// composer's namesake, and pianists. Tuned: PERSON 0.980, ADDRESS 0.972;
// 1.814% leaked (186 of 10254).

// heldout672Floor holds the tuned figures: the targets, all met.
var heldout672Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.97, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout672MaxLeak: target 0.005, missed untuned (2.087%), missed tuned (1.814%).
const heldout672MaxLeak = 0.019

func TestHeldout672(t *testing.T) {
	corpusCheck{file: "testdata/heldout672.jsonl", name: "six-hundred-and-seventy-second held-out corpus", minMessages: 250,
		floors: heldout672Floor, everyType: true, maxLeak: heldout672MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
