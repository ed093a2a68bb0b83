package pii

import "testing"

// testdata/heldout646.jsonl is the six-hundred-and-forty-sixth held-out
// file: 280 messages (140 Russian, 140 English; 61 without personal data;
// 494 gold spans: PERSON 272, ADDRESS 66, PHONE 50, EMAIL 30, IP 16,
// PASSPORT 14, INN 12, BANK_ACCOUNT 11, CARD 10, OGRN 7, SNILS 6), written
// by hand by someone who saw neither the engine nor any other labelled file,
// while the engine was tuned on files up to heldout644. It is the CRM of a
// private security company and alarm monitoring centre in Samara, Tolyatti
// and Ulyanovsk: alarm contracts, guard posts, false alarms, key-holder
// lists, invoices to companies. Dispatcher call transcripts in lower case,
// chats, e-mails with signatures, CSV key-holder lists, pipe tables of
// guarded objects, alarm events and logs, OCR'd contracts with requisites in
// one line, SMS. Objects named after their owners, guards' call signs used
// as names, abbreviated addresses ("ул. Ленинградская 12-45", "пр-т Кирова,
// д.3, к.2"), phone extensions, English e-mails from German, Turkish and
// Japanese tenants, names in their cases, diminutives and capitals.
// Negatives: crews' call signs, a shop named like a woman, famous people,
// masked cards, firmware versions, contract and ticket numbers, numbers with
// wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.215 (engine
// 1.210.0, commit 31625ed): INN 0.957 missed its target (a company's INN in
// an OCR'd contract's requisites line with a colon and a bar around it);
// PERSON 0.950, PHONE 0.990, ADDRESS 0.962 and the other types (1.0) met
// theirs; 3.379% of PII characters leaked (253 of 7487: PERSON 160, PHONE
// 13, INN 10, ADDRESS 70), against the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.216
// (engine 1.211.0), with those of the other files from heldout645 to
// heldout652: premises named by their owner's surname ("the Volkov garage",
// «Гараж Лапина»), a lower-case street's adjective before its highway ("на
// заводском шоссе 11"), a landline with its town's code in dashed pairs
// ("8422 44-10-10") and a highway that is no address before a count of
// minutes. Left: guards' call signs used as names, lower-case surnames in
// transcripts, and a company's INN in a noisy requisites line. Tuned: PERSON
// 0.966, INN 0.957, ADDRESS 0.985; 2.404% leaked (180 of 7487).

// heldout646Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout646Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.956, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.97, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout646MaxLeak: target 0.005, missed untuned (3.379%), missed tuned (2.404%).
const heldout646MaxLeak = 0.025

func TestHeldout646(t *testing.T) {
	corpusCheck{file: "testdata/heldout646.jsonl", name: "six-hundred-and-forty-sixth held-out corpus", minMessages: 250,
		floors: heldout646Floor, everyType: true, maxLeak: heldout646MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
