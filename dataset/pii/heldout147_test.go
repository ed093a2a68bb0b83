package pii

import "testing"

// testdata/heldout147.jsonl is the hundred-and-forty-seventh held-out file:
// 280 messages (140 Russian, 140 English; 58 without personal data; 505
// gold spans: PERSON 286, PHONE 40, ADDRESS 38, EMAIL 30, PASSPORT 24, INN
// 23, BANK_ACCOUNT 16, IP 14, OGRN 12, CARD 12, SNILS 10), written by hand by
// someone who saw neither the engine nor any other labelled file, while the
// engine was tuned on heldout142 to heldout145. It is the CRM of an HR and
// payroll outsourcing provider for small firms in Russia and Uzbekistan:
// hiring and onboarding (passports, SNILS, INN), foreign workers (Uzbek and
// Tajik passports, patents, work permits), salary cards and accounts, sick
// leave, vacations, dismissals, salary questions, client accountants'
// requests, requisites, complaints, deletion and access requests. Chats,
// lower-case call transcripts, e-mails with headers, quotes, forwards and
// signatures, HR forms, OCR'd passports and sick-leave certificates, CSV,
// pipe and semicolon payroll lists and timesheets, HR-portal, bank and
// firewall logs with IPv4 and IPv6, SMS. Surnames with initials in payroll
// lists, every case form, diminutives, lower-case names, Uzbek and Tajik
// names in Cyrillic and Latin, names in capitals, job titles beside names;
// "ИП" and a name labelled, firms named after people or words («Сидоров и
// К», «Слава», Will & Grace Event Agency) not; names that are also words
// both ways. Russian, Uzbek, UK and French addresses. Negatives: order,
// contract, invoice, ticket, claim, sick-leave, registry and tracking
// numbers, patents and migration cards, a VIN, plates, ОМС, КПП, БИК, ОКПО,
// correspondent accounts, masked cards, IP-shaped versions, an ЭДО
// identifier, wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.85 (engine
// 1.83.0, commit e8110fc): PASSPORT 0.957 (a passport in an OCR'd form in
// capitals and a Tajik passport in groups of three) and IP 0.933 (an
// internal address the writer left unlabelled) below target, ADDRESS 0.974,
// PERSON 0.965, PHONE 0.987 and the other types (1.0) met theirs; 2.252% of
// PII characters leaked (185 of 8214: PERSON 70, ADDRESS 70, PASSPORT 29,
// PHONE 16; a Tashkent address with a massif, lower-case names that are
// also words, an Uzbek phone without its plus), against the target of 0.5%.
//
// It is no longer held out: after that run its misses were read with those
// of heldout146, 148 and 149 for rules-2025.86 (engine 1.84.0), whose rules
// left its figures as they were: ADDRESS 0.974, IP 0.933, PASSPORT 0.957,
// PERSON 0.965, PHONE 0.987, the others 1.0; leak 2.252% (185 of 8214).

// heldout147Floor guards the tuned level.
var heldout147Floor = map[string]float64{
	TypeBankAccount: 0.99, TypeCard: 0.99, TypeEmail: 0.99, TypeINN: 0.99, TypeIP: 0.93, TypeOGRN: 0.99,
	TypePassport: 0.95, TypePhone: 0.98, TypeSNILS: 0.99, TypeAddress: 0.97, TypePerson: 0.96,
}

// heldout147MaxLeak: target 0.005; 2.252% untuned and tuned.
const heldout147MaxLeak = 0.023

func TestHeldout147(t *testing.T) {
	corpusCheck{file: "testdata/heldout147.jsonl", name: "hundred-and-forty-seventh held-out corpus", minMessages: 250,
		floors: heldout147Floor, everyType: true, maxLeak: heldout147MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
