package pii

import "testing"

// testdata/heldout315.jsonl is the three-hundred-and-fifteenth
// held-out file: 285 messages (146 Russian, 139 English; 53 without
// personal data; 526 gold spans: PERSON 317, PHONE 65, EMAIL 41, ADDRESS
// 28, IP 21, PASSPORT 17, INN 11, BANK_ACCOUNT 11, CARD 7, SNILS 4, OGRN 4),
// written by hand by someone who saw neither the engine nor any other
// labelled file, while the engine was tuned on heldout304 to heldout311.
// It is the CRM of a public library network in St Petersburg, Perm and
// Tver with paid services: reader cards, overdue notices, reading clubs,
// children's courses, printing invoices, lost-book claims, author events,
// complaints, deletion requests. Chats, SMS, lower-case call transcripts in
// both languages, e-mails with headers, quotes, forwards and signatures,
// web forms, CSV and pipe reader and parent tables, OCR'd Russian, UK, US,
// Irish and Dutch passports, catalogue and payment-terminal logs,
// requisites, refund registers; foreign readers in English. Readers who
// share a name with an author or a character (Анна Каренина, Лев Толстых),
// every case form, diminutives, names that are also words used both ways
// (Rebecca, Matilda). Negatives, by the writer's brief: authors and
// characters of the books discussed (Jane Austen, Агата Кристи, Марк Твен,
// Гарри Поттер), libraries named after people, reader card, ISBN and
// event numbers, ОМС, КПП, БИК, ОКПО, a MAC, masked cards, versions shaped
// like IPs, wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.154 (engine
// 1.149.0, commit 298ff23): PERSON 0.899 (54 false positives, nearly all
// authors and characters the brief left unlabelled: "Дина Рубина", "Jane
// Austen", "Leo Tolstoy", the March sisters; the engine masks a named
// author as it masks anyone) and PASSPORT 0.970 ("4520 №381907") missed
// their targets; the other types (1.0) met theirs; 1.315% of PII
// characters leaked (104 of 7909: PERSON 92, PASSPORT 12), against the
// target of 0.5%.
//
// It is no longer held out: its misses were read with those of heldout312 to
// heldout315 for rules-2025.155 (engine 1.150.0), but none drove a rule (its
// authors are a labelling choice, not a miss to tune away). With
// rules-2025.155: as untuned; 1.315% leaked (104 of 7909).

// heldout315Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout315Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.96, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.89,
}

// heldout315MaxLeak: target 0.005, missed untuned (1.315%), missed tuned (1.315%).
const heldout315MaxLeak = 0.014

func TestHeldout315(t *testing.T) {
	corpusCheck{file: "testdata/heldout315.jsonl", name: "three-hundred-and-fifteenth held-out corpus", minMessages: 250,
		floors: heldout315Floor, everyType: true, maxLeak: heldout315MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
