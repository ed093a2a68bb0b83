package pii

import "testing"

// testdata/heldout698.jsonl is the six-hundred-and-ninety-eighth held-out
// file: 280 messages (140 Russian, 140 English; 60 without personal data;
// 508 gold spans: PERSON 279, ADDRESS 63, PHONE 48, EMAIL 36, IP 17,
// PASSPORT 17, INN 15, BANK_ACCOUNT 10, CARD 10, OGRN 7, SNILS 6), written
// by hand by someone who saw neither the engine nor any other labelled file,
// while the engine was tuned on files up to heldout692. It is the CRM
// of an online course platform for programming and design with mentors and a
// career centre in Moscow, Minsk and Almaty: enrolments, homework reviews,
// job placement, instalment payments. Chats between students and mentors,
// e-mails with quotes, lower-case call transcripts, enrolment forms, CSV of
// students, pipe tables, webhooks and logs with IPs, OCR'd contracts, SMS.
// GitHub and Telegram handles left unlabelled, languages and tools named
// like people ("Julia", "Ruby", "Jenkins"), famous computer scientists,
// Kazakh and Belarusian names and documents, names in code, commit logs and
// stack traces, names in the instrumental. Negatives: versions, a subnet
// mask, Kazakh IBANs, masked cards, numbers with wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.221 (engine
// 1.216.0, commit 023d2c5): PASSPORT 0.9697 missed its target (a Kazakh ID
// card's nine digits after "ID No."); PERSON 0.993 and the other types (1.0)
// met theirs; 0.098% of PII characters leaked (9 of 9158: PASSPORT 9),
// within the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.222
// (engine 1.217.0), with those of the other files from heldout693 to
// heldout700: none of its own misses; the rules from the other files changed
// none of its figures. Left: a Kazakh ID card's nine digits after "ID No.",
// the programming language Julia read as a person, and a famous founder.
// Tuned: PERSON 0.993, PASSPORT 0.9697; 0.098% leaked (9 of 9158).

// heldout698Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout698Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.969, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout698MaxLeak: target 0.005, met untuned (0.098%), met tuned (0.098%).
const heldout698MaxLeak = 0.005

func TestHeldout698(t *testing.T) {
	corpusCheck{file: "testdata/heldout698.jsonl", name: "six-hundred-and-ninety-eighth held-out corpus", minMessages: 250,
		floors: heldout698Floor, everyType: true, maxLeak: heldout698MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
