package pii

import "testing"

// testdata/heldout427.jsonl is the four-hundred-and-twenty-seventh held-out
// file: 280 messages (140 Russian, 140 English; 62 without personal data;
// 507 gold spans: PERSON 273, ADDRESS 65, PHONE 50, EMAIL 38, PASSPORT 18,
// IP 17, BANK_ACCOUNT 12, INN 12, CARD 8, OGRN 8, SNILS 6), written by hand
// by someone who saw neither the engine nor any other labelled file, while
// the engine was tuned on files up to heldout426. It is the CRM of a driving
// school in Novosibirsk, Omsk and Tomsk: enrolments with passports and
// medical certificates, theory and driving lessons, exams at the traffic
// police, instructors' cars and schedules, instalments, complaints about
// instructors, home pick-ups. Chats, lower-case call transcripts with pick-
// up addresses and phones in words, e-mails with headers, quotes and
// signatures, web enrolment forms, SMS, CSV lesson schedules, pipe tables of
// exam results, a CRM log, OCR'd passports and certificates. Instructors by
// surname or by first name and patronymic, students in every case form and
// named like words (Лиля, Роман, Вера), streets named after marshals and
// heroes without their street word, meeting points at shopping centres left
// unlabelled. Negatives: plates, car models, certificate, licence and policy
// numbers, group numbers, КПП, БИК, к/с, IBAN, SWIFT, an RRN, masked cards,
// versions shaped like IPs, famous drivers, numbers with wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.180 (engine
// 1.175.0, commit 15fe81e): PHONE 0.969, INN 0.960, PASSPORT 0.941, ADDRESS
// 0.917 missed their targets (streets without their street word ("Маршала
// Жукова, 154", "Lenina 36") and said aloud; phones read out in groups
// without a question before them, one taken for an INN; a German and a
// Kazakh card number); PERSON 0.969 and the other types (1.0) met theirs;
// 4.650% of PII characters leaked (382 of 8215: PERSON 83, PHONE 66,
// PASSPORT 24, ADDRESS 209), against the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.181
// (engine 1.176.0): streets named after a marshal without their street word
// ("с Маршала Жукова, 154", "на Маршала Жукова, 72, офис 3") and a mobile
// read out whose digits pass the INN check. Left: bare streets in English
// pick-up lists ("Pirogova 10", "Lenina 36"), "с Блюхера, 32/1", streets and
// phones said aloud without a question before them, a German and a Kazakh
// card number, and lower-case surnames. Tuned: PERSON 0.970, PHONE 0.980
// (now met), PASSPORT 0.941, ADDRESS 0.934 (now met); 4.273% leaked (351 of
// 8215).

// heldout427Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout427Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.941, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout427MaxLeak: target 0.005, missed untuned (4.650%), missed tuned (4.273%).
const heldout427MaxLeak = 0.043

func TestHeldout427(t *testing.T) {
	corpusCheck{file: "testdata/heldout427.jsonl", name: "four-hundred-and-twenty-seventh held-out corpus", minMessages: 250,
		floors: heldout427Floor, everyType: true, maxLeak: heldout427MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
