package pii

import "testing"

// testdata/heldout498.jsonl is the four-hundred-and-ninety-eighth held-out
// file: 280 messages (140 Russian, 140 English; 64 without personal data;
// 522 gold spans: PERSON 270, ADDRESS 70, PHONE 59, EMAIL 35, IP 17,
// PASSPORT 16, BANK_ACCOUNT 14, INN 14, CARD 12, OGRN 8, SNILS 7), written
// by hand by someone who saw neither the engine nor any other labelled file,
// while the engine was tuned on files up to heldout488. It is the CRM of a
// plumbing, heating and emergency repair service in Novosibirsk, Barnaul and
// Bishkek: emergency calls at night, masters' visits, leaks flooding
// neighbours, estimates, warranties, payments, complaints, property managers
// of buildings. Lower-case call transcripts with filler words, chats with
// masters, e-mails with property managers with quotes, web forms, CSV call
// logs, pipe tables of masters' shifts, payment webhooks and logs, OCR'd
// contracts with masters, SMS. Masters by first name or nickname, neighbours
// with and without names, addresses with entrance and floor, Kyrgyz names
// and Bishkek addresses, phones and addresses dictated in words. Negatives:
// boiler brands named like people, famous people, streets named after people
// without a house number, codes, numbers with wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.195 (engine
// 1.190.0, commit b50c993): PHONE 0.965, INN 0.966 missed their targets
// (numbers dictated in words); PERSON 0.961, ADDRESS 0.947 and the other
// types (1.0) met theirs; 5.144% of PII characters leaked (438 of 8514:
// PERSON 80, PHONE 107, ADDRESS 251), against the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.196
// (engine 1.191.0), with those of the other files from heldout489 to
// heldout508: a home landline ("на домашний 217-33-90") and streets before a
// house with no keyword ("Зорге 229"). Left: numbers and addresses dictated
// in words, families in the plural, lower-case surnames, famous streets
// without a keyword and a chemist alone. Tuned: PERSON 0.961, PHONE 0.974
// (now met), INN 0.966, ADDRESS 0.955; 4.933% leaked (420 of 8514).

// heldout498Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout498Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.965, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.97, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout498MaxLeak: target 0.005, missed untuned (5.144%), missed tuned (4.933%).
const heldout498MaxLeak = 0.05

func TestHeldout498(t *testing.T) {
	corpusCheck{file: "testdata/heldout498.jsonl", name: "four-hundred-and-ninety-eighth held-out corpus", minMessages: 250,
		floors: heldout498Floor, everyType: true, maxLeak: heldout498MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
