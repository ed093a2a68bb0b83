package pii

import "testing"

// testdata/heldout205.jsonl is the two-hundred-and-fifth held-out file:
// 280 messages (141 Russian, 139 English; 59 without personal data; 534
// gold spans: PERSON 288, PHONE 52, ADDRESS 34, EMAIL 33, INN 28,
// BANK_ACCOUNT 26, PASSPORT 25, SNILS 17, CARD 12, IP 10, OGRN 9),
// written by hand by someone who saw neither the engine nor any other
// labelled file, while the engine was tuned on heldout202 and heldout203.
// It is the CRM of an accounting and payroll outsourcing firm for sole
// proprietors, small firms and the self-employed in Yekaterinburg, Perm,
// Tyumen, and foreign-owned companies in Moscow: registration, requisites,
// hiring and payroll, foreign employees' patents and visas, tax office
// requests, 115-FZ bank blocks, director changes, invoices, deletion
// requests. Chats, SMS, lower-case call transcripts, e-mails with headers,
// quotes, forwards and signatures, web forms, tickets, CSV and pipe
// employee lists and payroll registers, requisites cards, a payment order,
// a 1C employee card, scanned passports and registration certificates, 1C
// and bank-client logs. Names in every case, first name and patronymic,
// Tatar, Bashkir, Uzbek, Tajik and Kyrgyz names, initials before the
// surname, "ИП" outside the name; firms named after surnames and names
// that are also words are no people. Negatives: КПП, БИК, correspondent
// accounts, ОКПО, ОКАТО, ОКТМО, КБК, ОКВЭД, УИН, ОМС, invoice, order,
// claim, ticket, tracking, patent and sick-leave numbers, a VIN, plates,
// versions shaped like IPs, masked cards, wrong check digits beside the
// right ones.
//
// The engine was judged on it once, untuned, with rules-2025.126 (engine
// 1.123.0, commit 94fe1e0): every F1 target met (PERSON 0.981, the other
// types 1.0); 0.528% of PII characters leaked (47 of 8909: ADDRESS 22,
// PERSON 19, PASSPORT 6), just over the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.127
// (engine 1.124.0), with those of heldout204: German firm words
// ("Hoffmann Maschinen"), "Сбер" in any case, a 1C log's "Компьютер:",
// "Главпочтамт", "нежилое помещение" after the house, a lower-case first
// name right before its own e-mail address ("will at will.adams@…").
// Tuned: PERSON 0.991; 0.236% leaked (21 of 8909: PERSON 15, and the
// word "серия" that the gold passport span takes in), under the target.

// heldout205Floor holds the targets, all met untuned and tuned.
var heldout205Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.97, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout205MaxLeak: target 0.005, missed untuned (0.528%), met tuned (0.236%).
const heldout205MaxLeak = 0.005

func TestHeldout205(t *testing.T) {
	corpusCheck{file: "testdata/heldout205.jsonl", name: "two-hundred-and-fifth held-out corpus", minMessages: 250,
		floors: heldout205Floor, everyType: true, maxLeak: heldout205MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
