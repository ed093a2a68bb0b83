package pii

import "testing"

// testdata/heldout474.jsonl is the four-hundred-and-seventy-fourth held-out
// file: 280 messages (140 Russian, 140 English; 62 without personal data;
// 523 gold spans: PERSON 268, ADDRESS 73, PHONE 58, EMAIL 38, IP 18, INN 17,
// PASSPORT 17, CARD 11, BANK_ACCOUNT 10, OGRN 7, SNILS 6), written by hand
// by someone who saw neither the engine nor any other labelled file, while
// the engine was tuned on files up to heldout472. It is the CRM of a private
// dermatology and cosmetology clinic in Moscow, Sochi and Minsk:
// consultations, laser and injection procedures, packages, consent to
// photos, prescriptions, complaints about side effects, refunds,
// certificates for tax deductions with INN and passport. Chats with
// patients, lower-case call transcripts with a birth date and a phone read
// out, e-mails with quotes, web booking forms, CSV appointment lists, pipe
// tables of payments, MIS logs, OCR'd consent forms, tax deduction
// applications and passports, SMS reminders. Procedures and products named
// after people, doctors by first name and patronymic, patients in the dative
// and the instrumental, Minsk addresses, Belarusian passports with their
// identification numbers. Negatives: birth dates, the clinic's licence and
// certificate numbers, famous people, numbers with wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.190 (engine
// 1.185.0, commit 5d16aec): INN 0.9697, PASSPORT 0.938 missed their targets
// (Belarusian identification numbers of letters and digits labelled as
// passports; an INN on a line of its own under a heading for a family's
// INNs); PERSON 0.989, ADDRESS 0.973 and the other types (1.0) met theirs;
// 1.651% of PII characters leaked (158 of 9567: PERSON 6, INN 12, PASSPORT
// 46, ADDRESS 94), against the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.191
// (engine 1.186.0), with those of the other files from heldout473 to
// heldout476: an INN under a heading for INNs though a certificate is named
// ("INNs for the family tax certificate:\nmother: 774384017338") and a metro
// station after "м.". Left: Belarusian identification numbers its writer
// labels as passports (six of eight such numbers in the other files are left
// unlabelled, so no rule follows it), famous people, an address over three
// lines, and a street with a hyphenated name and an ordinal. Tuned: PERSON
// 0.991, PASSPORT 0.938, ADDRESS 0.973; 1.526% leaked (146 of 9567).

// heldout474Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout474Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.937, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout474MaxLeak: target 0.005, missed untuned (1.651%), missed tuned (1.526%).
const heldout474MaxLeak = 0.016

func TestHeldout474(t *testing.T) {
	corpusCheck{file: "testdata/heldout474.jsonl", name: "four-hundred-and-seventy-fourth held-out corpus", minMessages: 250,
		floors: heldout474Floor, everyType: true, maxLeak: heldout474MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
