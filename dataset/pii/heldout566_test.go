package pii

import "testing"

// testdata/heldout566.jsonl is the five-hundred-and-sixty-sixth held-out
// file: 280 messages (140 Russian, 140 English; 64 without personal data;
// 540 gold spans: PERSON 274, ADDRESS 73, PHONE 58, EMAIL 38, IP 18, INN 17,
// PASSPORT 17, BANK_ACCOUNT 15, CARD 14, OGRN 8, SNILS 8), written by hand
// by someone who saw neither the engine nor any other labelled file, while
// the engine was tuned on files up to heldout564. It is the CRM of an
// industrial safety training and certification centre in Norilsk, Murmansk
// and Vorkuta: enrolment of mining companies' workers, certificates for work
// at height and electrical safety, exam protocols, shift workers' schedules,
// company contracts, payments, reminders to re-certify. E-mails with mining
// companies' HR with signatures, instructors' chats, lower-case call
// transcripts, web forms, CSV participant lists, pipe tables of exam
// results, webhooks and logs, OCR'd protocols and contracts, SMS.
// Participants by surname and initials, spaced initials and a Ukrainian
// letter, positions in capitals, Komi, Nenets, Central Asian and Ukrainian
// workers, names in their cases, nicknames, a private client named like a
// poet, phones of several countries, phones and addresses said in words.
// Negatives: certificate, protocol and ticket numbers, firms named after
// people, famous people, masked cards, codes, numbers with wrong check
// digits.
//
// The engine was judged on it once, untuned, with rules-2025.205 (engine
// 1.200.0, commit 9d8a659): CARD 0.963, PASSPORT 0.9697 missed their targets
// (a card's number after "charge" with no card word; a passport's letters
// and digits under a table's "Документ" column); PERSON 0.969, PHONE 0.974,
// EMAIL 0.987, ADDRESS 0.973, IP 0.971 and the other types (1.0) met theirs;
// 3.473% of PII characters leaked (350 of 10078: PERSON 61, PHONE 92, CARD
// 16, PASSPORT 8, ADDRESS 173), against the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.206
// (engine 1.201.0), with those of the other files from heldout565 to
// heldout572: a card's number after "charge". Left: a passport under a
// table's "Документ" column, a SIP log's address read as an e-mail, Nenets
// surnames, and famous people. Tuned: CARD 1.0 (now met), PERSON 0.969,
// PHONE 0.974, EMAIL 0.987, PASSPORT 0.9697, ADDRESS 0.973, IP 0.971; 3.314%
// leaked (334 of 10078).

// heldout566Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout566Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.969, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout566MaxLeak: target 0.005, missed untuned (3.473%), missed tuned (3.314%).
const heldout566MaxLeak = 0.034

func TestHeldout566(t *testing.T) {
	corpusCheck{file: "testdata/heldout566.jsonl", name: "five-hundred-and-sixty-sixth held-out corpus", minMessages: 250,
		floors: heldout566Floor, everyType: true, maxLeak: heldout566MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
