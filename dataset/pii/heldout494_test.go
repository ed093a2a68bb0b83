package pii

import "testing"

// testdata/heldout494.jsonl is the four-hundred-and-ninety-fourth held-out
// file: 280 messages (140 Russian, 140 English; 60 without personal data;
// 519 gold spans: PERSON 264, ADDRESS 71, PHONE 57, EMAIL 38, IP 18, INN 15,
// PASSPORT 15, BANK_ACCOUNT 13, CARD 13, OGRN 8, SNILS 7), written by hand
// by someone who saw neither the engine nor any other labelled file, while
// the engine was tuned on files up to heldout488. It is the CRM of a
// printing house and outdoor advertising production (signage, banners,
// business cards, merchandise) in Yekaterinburg, Chelyabinsk and Karaganda:
// orders, mock-ups, approvals, installation crews, invoices to companies,
// complaints about colours. E-mails with designers and clients with quotes
// and signatures, chats with managers, lower-case call transcripts, order
// web forms, CSV order lists, pipe tables of installation schedules, payment
// webhooks and logs, OCR'd contracts with sole proprietors, SMS. Business
// cards with people's names, phones and e-mails, Kazakh names and Karaganda
// addresses, brands named after people beside the people themselves, sole
// proprietors' and firms' INNs, phones and addresses dictated in words.
// Negatives: fonts and colours, brands and famous people, pets, masked
// cards, version numbers, numbers with wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.195 (engine
// 1.190.0, commit b50c993): PASSPORT 0.966 missed its target (a Kazakh ID
// number of nine digits after "ID No."); PERSON 0.967, PHONE 0.991, ADDRESS
// 0.964, IP 0.971 and the other types (1.0) met theirs; 2.354% of PII
// characters leaked (197 of 8369: PERSON 19, PHONE 9, PASSPORT 22, ADDRESS
// 138, IP 9), against the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.196
// (engine 1.191.0), with those of the other files from heldout489 to
// heldout508: a landline asked to be called back ("Перезвоните … по номеру
// 263-18-44"), a transliterated street before its house ("lenina 52") and a
// writer alone ("Сказы Бажова"). Left: a Kazakh ID number of nine digits, a
// loopback address, fonts and brands named like people, and a cosmonaut and
// a designer alone. Tuned: PERSON 0.969, PASSPORT 0.966, ADDRESS 0.971, IP
// 0.971; 2.139% leaked (179 of 8369).

// heldout494Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout494Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.965, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout494MaxLeak: target 0.005, missed untuned (2.354%), missed tuned (2.139%).
const heldout494MaxLeak = 0.022

func TestHeldout494(t *testing.T) {
	corpusCheck{file: "testdata/heldout494.jsonl", name: "four-hundred-and-ninety-fourth held-out corpus", minMessages: 250,
		floors: heldout494Floor, everyType: true, maxLeak: heldout494MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
