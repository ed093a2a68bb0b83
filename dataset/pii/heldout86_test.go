package pii

import "testing"

// testdata/heldout86.jsonl is the eighty-sixth held-out file: 288 messages
// (145 Russian, 143 English; 57 without personal data; 676 gold spans:
// PERSON 376, PASSPORT 60, PHONE 57, ADDRESS 55, EMAIL 37, INN 26, IP 23,
// BANK_ACCOUNT 13, OGRN 11, CARD 10, SNILS 8), written by hand by someone
// who saw neither the engine nor any other labelled file, while the engine
// was tuned on heldout84 and heldout85. It is the CRM of a private
// migration-services centre: work patents, migration registration at an
// employer's or a landlord's address, medical exams, language tests,
// notarised translations, hiring notices, patent tax, expiry reminders,
// lost passports, consular letters; expats on highly-qualified-specialist
// permits, relocation and HR managers, employers, dormitories. Chats,
// e-mails with headers, quoted replies, forwards and signatures, pipe
// tables, lower-case call transcripts, booking-form, security, payment and
// access logs, requisites, an e-ticket. Uzbek, Tajik, Kyrgyz, Kazakh,
// Azerbaijani, Armenian, Chinese, Vietnamese, Korean, Indian, Turkish,
// Serbian, Japanese, Nigerian and Western names in Cyrillic and Latin, with
// оглы, кызы, угли, уулу, o'g'li, qizi; SURNAME FIRST in capitals,
// SURNAME/NAME with MR/MRS outside, every case, initials, misspellings,
// titles outside (господин, -ханым, Mr, Dr). Foreign passports with letters
// (FA, AD, AC, AU, N, U, Z, EA) and digits, Russian ones with "серия …
// номер …", workers' 12-digit INNs, phones of nine countries. Negatives:
// patent and blank numbers, migration cards, notices, tickets, invoices,
// contracts, cases, УИН, КПП, БИК, ОКПО, correspondent accounts, masked
// cards, versions shaped like IPs, dates of birth and entry, and numbers
// with a wrong check digit; Вера в успех, Слава богу, Надежда есть, карта
// Мир, Will, Bill, Victoria as a city and a meeting room.
//
// The engine was judged on it once, untuned, with rules-2025.52 (engine
// 1.50.0, commit 61178d9): BANK_ACCOUNT, CARD, EMAIL, IP, OGRN, PHONE and
// SNILS 1.0, INN 0.980, ADDRESS 0.9725, PERSON 0.953 (targets met);
// PASSPORT 0.929 misses its target (eight missed); 3.833% of PII
// characters leaked (417 of 10880: PERSON 223, ADDRESS 108, PASSPORT 74,
// INN 12), against the target of 0.5%.
//
// It is no longer held out: after that run its misses (with heldout87's)
// drove rules-2025.53 (engine 1.51.0). With rules-2025.53: every type 1.0
// but PASSPORT 0.983 (a letter-and-digit number, a bare one in a reply),
// ADDRESS 0.9725 (an industrial park's, a Vasilyevsky Island line's) and
// PERSON 0.975 (misses: Uzbek letters Қ and Ў, "NGUYEN VAN THANH", a
// misspelt name, a diminutive; false alarms: "Перевыставим", two names the
// writer left unlabelled); leak 2.004% (218 of 10880: ADDRESS 108, PERSON
// 90, PASSPORT 20).

// heldout86Floor guards the tuned level.
var heldout86Floor = map[string]float64{
	TypeBankAccount: 0.99, TypeCard: 0.99, TypeEmail: 0.99, TypeINN: 0.99, TypeIP: 0.99, TypeOGRN: 0.99,
	TypePassport: 0.98, TypePhone: 0.99, TypeSNILS: 0.99, TypeAddress: 0.97, TypePerson: 0.97,
}

// heldout86MaxLeak: target 0.005; 3.833% untuned, 2.004% tuned.
const heldout86MaxLeak = 0.021

func TestHeldout86(t *testing.T) {
	corpusCheck{file: "testdata/heldout86.jsonl", name: "eighty-sixth held-out corpus", minMessages: 250,
		floors: heldout86Floor, everyType: true, maxLeak: heldout86MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
