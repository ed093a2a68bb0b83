package pii

import "testing"

// testdata/heldout278.jsonl is the two-hundred-and-seventy-eighth
// held-out file: 281 messages (143 Russian, 138 English; 65 without
// personal data; 566 gold spans: PERSON 389, PHONE 59, ADDRESS 31, EMAIL
// 25, PASSPORT 15, IP 13, INN 10, CARD 9, BANK_ACCOUNT 6, OGRN 5, SNILS 4),
// written by hand by someone who saw neither the engine nor any other
// labelled file, while the engine was tuned on heldout272 to heldout275.
// It is the CRM of a chain of children's developmental centres and
// preschool English clubs in Moscow, Novosibirsk, Krasnodar and Astana:
// enrolments, trial lessons, teachers' schedules, birthday parties, photo
// consents and their withdrawal, complaints, refunds, tax-deduction and
// deletion requests. Parents' group chats, SMS, lower-case call
// transcripts, e-mails with headers, quotes, forwards and signatures, web
// forms, CSV and pipe group lists, OCR'd passports, payment and login
// logs, requisites. Children's diminutives, Kazakh names, every case form,
// names that are also words used both ways. Negatives: cartoon and
// fairy-tale characters (Маша и Медведь, Peppa Pig, Elsa, Лунтик, Chase),
// methods named after people (Монтессори, кубики Зайцева), the centre's own
// mailboxes, contract, receipt and certificate numbers, ОМС, КПП, БИК,
// ОКПО, masked cards, versions shaped like IPs, wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.148 (engine
// 1.143.0, commit 5e1110f): EMAIL 0.893 (the centre's own mailboxes, left
// unlabelled, were reported) and IP 0.963 (a server's address) missed
// their targets; PERSON 0.954 (characters and Zaitsev's cubes read as
// people, lower-case names in transcripts missed) and the other types
// (1.0) met theirs; 1.093% of PII characters leaked (81 of 7409, all
// PERSON), against the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.149
// (engine 1.144.0), with those of heldout276, heldout277, heldout279:
// Zaitsev's cubes ("кубики Зайцева"), Spider-Man at a party. Tuned: PERSON
// 0.956, EMAIL and IP as untuned; 1.093% leaked (81 of 7409).

// heldout278Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout278Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.89, TypeINN: 0.97, TypeIP: 0.96, TypeOGRN: 0.97,
	TypePassport: 0.97, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout278MaxLeak: target 0.005, missed untuned (1.093%) and tuned (1.093%).
const heldout278MaxLeak = 0.011

func TestHeldout278(t *testing.T) {
	corpusCheck{file: "testdata/heldout278.jsonl", name: "two-hundred-and-seventy-eighth held-out corpus", minMessages: 250,
		floors: heldout278Floor, everyType: true, maxLeak: heldout278MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
