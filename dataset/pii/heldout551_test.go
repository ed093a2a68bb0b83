package pii

import "testing"

// testdata/heldout551.jsonl is the five-hundred-and-fifty-first held-out
// file: 280 messages (140 Russian, 140 English; 60 without personal data;
// 539 gold spans: PERSON 275, ADDRESS 71, PHONE 57, EMAIL 38, IP 18,
// PASSPORT 18, BANK_ACCOUNT 16, INN 16, CARD 14, OGRN 8, SNILS 8), written
// by hand by someone who saw neither the engine nor any other labelled file,
// while the engine was tuned on files up to heldout548. It is the CRM of an
// event security and crowd management company in Moscow, Kazan and
// Yekaterinburg: guards' shifts at concerts and stadiums, accreditation
// lists, incident reports about fans, detained persons handed to the police,
// lost children reunited with parents, contracts with organisers, guards'
// licences, payroll. Incident reports, shift leaders' chats, lower-case
// radio transcripts, e-mails with signatures, CSV accreditation lists, pipe
// tables of guards' hours, access-control logs, OCR'd contracts and
// licences, SMS. Lost children by first name with their parents, names in
// their cases, nicknames, ticket and passport names in capitals, titles
// outside the name, foreign passports and a Polish ID card, phones and
// addresses said in words. Negatives: performers and famous athletes, call
// signs, sectors and zones, licence numbers, metro stations and business
// centres, masked cards, codes, numbers with wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.203 (engine
// 1.198.0, commit 1415d08): every F1 target met (PERSON 0.966, PHONE 0.991,
// the other types 1.0); 0.407% of PII characters leaked (38 of 9336: PERSON
// 32, ADDRESS 6), within the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.204
// (engine 1.199.0), with those of the other files from heldout549 to
// heldout556: none of its own misses; the rules from the other files changed
// none of its figures. Left: famous athletes and performers, nicknames, and
// a ticket's number read as a phone. Tuned: PERSON 0.966, PHONE 0.991;
// 0.407% leaked (38 of 9336).

// heldout551Floor holds the tuned figures: the targets, all met.
var heldout551Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.97, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout551MaxLeak: target 0.005, met untuned (0.407%), met tuned (0.407%).
const heldout551MaxLeak = 0.005

func TestHeldout551(t *testing.T) {
	corpusCheck{file: "testdata/heldout551.jsonl", name: "five-hundred-and-fifty-first held-out corpus", minMessages: 250,
		floors: heldout551Floor, everyType: true, maxLeak: heldout551MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
