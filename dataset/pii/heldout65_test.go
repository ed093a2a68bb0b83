package pii

import "testing"

// testdata/heldout65.jsonl is the sixty-fifth held-out file: 261 messages
// (130 Russian, 131 English; 52 without personal data; 579 gold spans:
// PERSON 308, PHONE 62, ADDRESS 55, EMAIL 40, INN 19, BANK_ACCOUNT 19,
// SNILS 16, OGRN 15, IP 15, CARD 15, PASSPORT 15), written by hand by
// someone who saw neither the engine nor any other labelled file, while
// the engine was tuned on heldout62 and heldout63. It is the CRM of an
// online pharmacy chain and its courier delivery: prescription orders,
// pharmacists' consultations, loyalty cards, returns and refunds, pickup
// points, distributors' invoices and contracts, courier payouts, security
// and fraud logs; expats in Russia and foreign suppliers. Chats, letters,
// e-mails with signatures and quoted history, lower-case call transcripts,
// notices, requisites, lists and shift logs. Names in every case,
// patronymics alone, diminutives (Танечка, Серёж, Михалыч), initials
// first, lower case, From: headers, cardholders in capitals, titles
// outside. Russian internal and foreign passports, UK, US, Kazakh and
// Turkish ones; Russian addresses with index, корп., стр., кв., офис, bare
// "ул. X, 14", spoken and transliterated ones, UK, German and Indian
// addresses. Negatives: Вера, Надежда and Слава as words, "Доктор Мом",
// "Доктор Тайсс", Dr. Theiss, "Mark my words", "Will you", "grace period",
// "May promotion", "Jack Frost" the product, Victoria the city and the
// street, Jordan Street, площадь Пушкина, ул. Карла Маркса; order, claim,
// invoice, УПД, tender, tracking and AWB numbers, SKUs, amounts, dates,
// КПП, БИК, ОКПО, correspondent accounts, ОМС policies, plates,
// prescription series, versions shaped like IPs, masked and loyalty cards,
// and card, SNILS, INN and account numbers with a wrong check digit.
//
// The engine was judged on it once, untuned, with rules-2025.38 (engine
// 1.36.0, commit 32dfd19): BANK_ACCOUNT, CARD, EMAIL, INN, OGRN, PASSPORT,
// PHONE and SNILS 1.0, PERSON 0.977, ADDRESS 0.972 (targets met); IP 0.9677
// (one false alarm) misses its target; 1.865% of PII characters leaked
// (173 of 9278: ADDRESS 100, PERSON 73), against the target of 0.5%.
//
// It is no longer held out: after that run its misses (with heldout64's)
// drove rules-2025.39 (engine 1.37.0). With rules-2025.39: every type 1.0
// but PERSON 0.985 (false alarms on the writer's traps, Dr. Theiss and
// "Jack Frost" as products; misses: "i'm will", Yana and Victoria with no
// cue, a surname's two spellings in a correction, "elena marcus" labelled
// as two names); leak 0.420% (39 of 9278: PERSON 37, ADDRESS 2).

// heldout65Floor guards the tuned level.
var heldout65Floor = map[string]float64{
	TypeAddress: 0.99, TypeBankAccount: 0.99, TypeCard: 0.99, TypeEmail: 0.99, TypeINN: 0.99, TypeIP: 0.99,
	TypeOGRN: 0.99, TypePassport: 0.99, TypePhone: 0.99, TypeSNILS: 0.99, TypePerson: 0.98,
}

// heldout65MaxLeak: target 0.005; 1.865% untuned, 0.420% tuned.
const heldout65MaxLeak = 0.005

func TestHeldout65(t *testing.T) {
	corpusCheck{file: "testdata/heldout65.jsonl", name: "sixty-fifth held-out corpus", minMessages: 250,
		floors: heldout65Floor, everyType: true, maxLeak: heldout65MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
