package pii

import "testing"

// testdata/heldout448.jsonl is the four-hundred-and-forty-eighth held-out
// file: 280 messages (140 Russian, 140 English; 63 without personal data;
// 522 gold spans: PERSON 272, ADDRESS 66, PHONE 58, EMAIL 37, BANK_ACCOUNT
// 16, INN 16, IP 16, PASSPORT 16, CARD 11, OGRN 7, SNILS 7), written by hand
// by someone who saw neither the engine nor any other labelled file, while
// the engine was tuned on files up to heldout444. It is the CRM of a travel
// insurance and assistance service in Moscow, St Petersburg and Yerevan:
// trip policies, claims from hospitals in Turkey, Thailand, Georgia and
// Italy, medical reports, reimbursements to accounts and cards, lost
// baggage, flight delays, calls from the assistance centre. Chats with
// insured people, lower-case call transcripts with a hotel address abroad
// and a phone abroad said aloud, e-mails with foreign hospitals in English,
// claim forms, CSV claim registers, pipe tables of reimbursements, CRM logs,
// OCR'd passports, boarding passes and medical invoices, SMS. Tourists'
// hotel and room addresses abroad (hospitals' addresses left unlabelled),
// foreign phones with and without "+", Russian foreign passports, boarding-
// pass names, families in one claim. Negatives: policy, claim, flight and
// PNR numbers, IBANs, hospitals' addresses, famous people and brands,
// numbers with wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.186 (engine
// 1.181.0, commit 8310a5a): PHONE 0.955, PASSPORT 0.933, ADDRESS 0.864
// missed their targets (foreign phones written without "+" or read out in
// words; Armenian passports in a list under a request for insurance
// policies; hotel addresses abroad said aloud or in Thai layouts, and
// hospitals' addresses its writer left unlabelled); PERSON 0.960 and the
// other types (1.0) met theirs; 7.415% of PII characters leaked (754 of
// 10169: PERSON 61, PHONE 110, PASSPORT 24, ADDRESS 559), against the target
// of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.187
// (engine 1.182.0), with those of the other files from heldout445 to
// heldout449: none of its own; the rules drawn from the other four files
// changed none of its figures. Left: foreign phones without "+" or read out
// in words, Armenian passports under a request for insurance policies, hotel
// addresses abroad said aloud or in Thai layouts, and hospitals' addresses
// its writer left unlabelled. Tuned: PERSON 0.960, PHONE 0.955, PASSPORT
// 0.933, ADDRESS 0.864; 7.415% leaked (754 of 10169).

// heldout448Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout448Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.933, TypePhone: 0.954, TypeSNILS: 0.97, TypeAddress: 0.863, TypePerson: 0.92,
}

// heldout448MaxLeak: target 0.005, missed untuned (7.415%), missed tuned (7.415%).
const heldout448MaxLeak = 0.075

func TestHeldout448(t *testing.T) {
	corpusCheck{file: "testdata/heldout448.jsonl", name: "four-hundred-and-forty-eighth held-out corpus", minMessages: 250,
		floors: heldout448Floor, everyType: true, maxLeak: heldout448MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
