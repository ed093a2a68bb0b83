package pii

import "testing"

// testdata/heldout537.jsonl is the five-hundred-and-thirty-seventh held-out
// file: 280 messages (140 Russian, 140 English; 61 without personal data;
// 547 gold spans: PERSON 276, ADDRESS 72, PHONE 60, EMAIL 40, IP 18, INN 17,
// BANK_ACCOUNT 16, CARD 16, PASSPORT 16, OGRN 8, SNILS 8), written by hand
// by someone who saw neither the engine nor any other labelled file, while
// the engine was tuned on files up to heldout532. It is the CRM of a
// clinical trials site recruiting patients for drug studies in Moscow,
// Yaroslavl and Tbilisi: pre-screening calls with volunteers, informed
// consent visits, visit schedules, travel reimbursements to volunteers'
// cards and accounts, adverse event reports, sponsors' monitors, insurance,
// Georgian patients. Lower-case call transcripts, e-mails with signatures,
// study coordinators' chats, CSV screening logs, pipe tables of
// reimbursements, webhooks and EDC logs, OCR'd consent forms, SMS. Georgian
// names and Tbilisi addresses, a Georgian passport and ID card, doctors with
// titles, relatives calling for patients, dates of birth next to names,
// names in many cases, phones and addresses said in words. Negatives:
// patient codes and randomisation numbers, drug names and trial acronyms,
// diseases named after people, famous people and characters, streets, metro
// stations and hospitals named after people with no address, masked cards,
// numbers with wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.201 (engine
// 1.196.0, commit 53a617f): PASSPORT 0.897 missed its target (Russian
// passports with "No" or "NUMBER" between the series and the number, and a
// Georgian passport's number); PERSON 0.978, ADDRESS 0.986 and the other
// types (1.0) met theirs; 2.052% of PII characters leaked (203 of 9893:
// PERSON 58, PASSPORT 43, ADDRESS 102), against the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.202
// (engine 1.197.0), with those of the other files from heldout533 to
// heldout540: a Russian passport with "No" or "NUMBER" between the series
// and the number under a heading in capitals ("SERIES 45 21 No 904716").
// Left: a Georgian passport's number of digits and letters, famous people
// with a first name, and Georgian surnames in lower case. Tuned: PERSON
// 0.978, PASSPORT 0.968, ADDRESS 0.986; 1.708% leaked (169 of 9893).

// heldout537Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout537Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.967, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout537MaxLeak: target 0.005, missed untuned (2.052%), missed tuned (1.708%).
const heldout537MaxLeak = 0.018

func TestHeldout537(t *testing.T) {
	corpusCheck{file: "testdata/heldout537.jsonl", name: "five-hundred-and-thirty-seventh held-out corpus", minMessages: 250,
		floors: heldout537Floor, everyType: true, maxLeak: heldout537MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
