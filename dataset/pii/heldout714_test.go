package pii

import "testing"

// testdata/heldout714.jsonl is the seven-hundred-and-fourteenth held-out
// file: 280 messages (140 Russian, 140 English; 60 without personal data;
// 517 gold spans: PERSON 270, ADDRESS 70, PHONE 56, EMAIL 34, IP 17,
// PASSPORT 17, INN 14, BANK_ACCOUNT 13, CARD 12, OGRN 7, SNILS 7), written
// by hand by someone who saw neither the engine nor any other labelled file,
// while the engine was tuned on files up to heldout708. It is the CRM of a
// children's sports club (football, hockey, figure skating) in Chelyabinsk,
// Omsk and Tyumen: enrolments, training, competitions, coaches, parents'
// payments, medical certificates. Chats between coaches and parents,
// lower-case call transcripts, e-mails with quotes, enrolment forms, CSV of
// athletes, pipe tables, webhooks and logs with IPs, OCR'd contracts, SMS.
// Children and parents in one message, diminutives and vocatives ("Дим",
// "Санёк"), coaches by name and patronymic, birth certificates labelled as
// passports, famous athletes and cups named after them left unlabelled, an
// e-mail said in words. Negatives: jersey numbers, an insurance policy with
// a card's shape, versions, numbers with wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.223 (engine
// 1.218.0, commit 245a2f8): CARD 0.957, PASSPORT 0.903 missed their targets
// (a card right after "с моей" with its expiry in words; birth certificates
// ("III-ИВ № 612458") its writer labelled as passports); PERSON 0.980, PHONE
// 0.991, EMAIL 0.985, ADDRESS 0.964 and the other types (1.0) met theirs;
// 3.171% of PII characters leaked (297 of 9367: PERSON 5, PHONE 45, EMAIL
// 36, CARD 16, PASSPORT 42, ADDRESS 153), against the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.224
// (engine 1.219.0), with those of the other files from heldout709 to
// heldout716: an e-mail said in Russian words, its first word no longer a
// name ("ivan точка kovrigin собака мейл точка ру"). Left: birth
// certificates its writer labelled as passports, famous athletes, a card
// right after "с моей", and a street named after Salavat Yulaev in Latin.
// Tuned: PERSON 0.982, PHONE 0.991, CARD 0.957, PASSPORT 0.903, ADDRESS
// 0.964; 2.786% leaked (261 of 9367).

// heldout714Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout714Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.956, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.903, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout714MaxLeak: target 0.005, missed untuned (3.171%), missed tuned (2.786%).
const heldout714MaxLeak = 0.028

func TestHeldout714(t *testing.T) {
	corpusCheck{file: "testdata/heldout714.jsonl", name: "seven-hundred-and-fourteenth held-out corpus", minMessages: 250,
		floors: heldout714Floor, everyType: true, maxLeak: heldout714MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
