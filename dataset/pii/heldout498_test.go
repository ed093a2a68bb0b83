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

// heldout498Floor holds the untuned figures: the targets where met, the measured level where not.
var heldout498Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.965, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.97, TypePhone: 0.964, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout498MaxLeak: target 0.005, missed untuned (5.144%).
const heldout498MaxLeak = 0.052

func TestHeldout498(t *testing.T) {
	corpusCheck{file: "testdata/heldout498.jsonl", name: "four-hundred-and-ninety-eighth held-out corpus", minMessages: 250,
		floors: heldout498Floor, everyType: true, maxLeak: heldout498MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
