package pii

import "testing"

// testdata/heldout490.jsonl is the four-hundred-and-ninetieth held-out file:
// 280 messages (140 Russian, 140 English; 64 without personal data; 524 gold
// spans: PERSON 279, ADDRESS 63, PHONE 59, EMAIL 39, IP 17, PASSPORT 16, INN
// 15, BANK_ACCOUNT 12, CARD 10, OGRN 7, SNILS 7), written by hand by someone
// who saw neither the engine nor any other labelled file, while the engine
// was tuned on files up to heldout488. It is the CRM of an English-language
// children's day camp and after-school club in Moscow, Almaty and Bishkek:
// enrolments, pick-up authorisations listing who may collect a child,
// allergies, trips, payments, foreign teachers' contracts with passports and
// visas, complaints, lost items. E-mails from parents with quotes, chats in
// parents' groups, lower-case call transcripts, web enrolment forms, CSV
// pick-up lists, pipe tables of payments, LMS logs, OCR'd teachers'
// passports and contracts, SMS. Children with ages and groups, groups named
// like people (negative), Irish, Filipino and South African teachers, Kyrgyz
// and Kazakh names, Bishkek addresses, nannies by first name, names in the
// dative. Negatives: visa, ticket and order numbers, numbers with wrong
// check digits.
//
// The engine was judged on it once, untuned, with rules-2025.195 (engine
// 1.190.0, commit ff0dd04): PASSPORT 0.968 missed its target (an Irish
// passport under a data page's surname); PERSON 0.945, PHONE 0.992, ADDRESS
// 0.984 and the other types (1.0) met theirs; 2.413% of PII characters
// leaked (221 of 9160: PERSON 110, PHONE 8, PASSPORT 9, ADDRESS 94), against
// the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.196
// (engine 1.191.0), with those of the other files from heldout489 to
// heldout508: given names in capitals after "Given Names" and "Forename",
// teams named like people ("Team Alice"), a room ("Hall B.") and "Hello
// Kitty". Left: nicknames and Kyrgyz names in lower case, groups named like
// people, an Irish passport under its data page, and spoken addresses.
// Tuned: PERSON 0.959, PHONE 0.992, PASSPORT 0.968, ADDRESS 0.984; 2.227%
// leaked (204 of 9160).

// heldout490Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout490Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.967, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout490MaxLeak: target 0.005, missed untuned (2.413%), missed tuned (2.227%).
const heldout490MaxLeak = 0.023

func TestHeldout490(t *testing.T) {
	corpusCheck{file: "testdata/heldout490.jsonl", name: "four-hundred-and-ninetieth held-out corpus", minMessages: 250,
		floors: heldout490Floor, everyType: true, maxLeak: heldout490MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
