package pii

import "testing"

// testdata/heldout482.jsonl is the four-hundred-and-eighty-second held-out
// file: 280 messages (140 Russian, 140 English; 63 without personal data;
// 512 gold spans: PERSON 277, ADDRESS 65, PHONE 53, EMAIL 29, IP 18,
// PASSPORT 18, INN 17, CARD 10, BANK_ACCOUNT 9, OGRN 8, SNILS 8), written by
// hand by someone who saw neither the engine nor any other labelled file,
// while the engine was tuned on files up to heldout480. It is the CRM of a
// visa and migration services agency for foreign workers in Moscow,
// Novosibirsk and Samarkand: work patents, registrations, medical checks,
// language exams, employers' orders, document couriers, payments, renewals,
// complaints. Chats with migrants in mixed Russian, Uzbek and Tajik with
// typos, lower-case call transcripts with a passport and a phone read out,
// e-mails from employers with quotes, web forms, CSV lists of workers, pipe
// tables of payments, portal logs, OCR'd patents, migration cards and
// passports (Uzbek, Tajik, Kyrgyz), SMS. Central Asian names in many
// spellings, Samarkand addresses, Tajik passports, registration addresses in
// Moscow, names in the dative. Negatives: patent and migration card numbers,
// numbers with wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.192 (engine
// 1.187.0, commit 12a2b98): PASSPORT 0.941 missed its target (a Kyrgyz ID
// card's number under a capitals data page, a passport read out letter by
// letter); PERSON 0.948, ADDRESS 0.977 and the other types (1.0) met theirs;
// 4.462% of PII characters leaked (429 of 9614: PERSON 217, PASSPORT 46,
// ADDRESS 166), against the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.193
// (engine 1.188.0), with those of the other files from heldout481 to
// heldout484: Uzbek and Tajik given names added to the name data (Саидахмад,
// Мижгона, Olimjon, Khurshida). Left: a Kyrgyz ID card's number under a data
// page in capitals, a passport read out letter by letter, names in Tajik
// Cyrillic (Ҳ), a kishlak's address, and surname-first pairs with an unknown
// surname. Tuned: PERSON 0.976, PASSPORT 0.941, ADDRESS 0.977; 3.193% leaked
// (307 of 9614).

// heldout482Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout482Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.941, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout482MaxLeak: target 0.005, missed untuned (4.462%), missed tuned (3.193%).
const heldout482MaxLeak = 0.032

func TestHeldout482(t *testing.T) {
	corpusCheck{file: "testdata/heldout482.jsonl", name: "four-hundred-and-eighty-second held-out corpus", minMessages: 250,
		floors: heldout482Floor, everyType: true, maxLeak: heldout482MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
