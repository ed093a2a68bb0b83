package pii

import "testing"

// testdata/heldout808.jsonl is the eight-hundred-and-eighth held-out file:
// 280 messages (140 Russian, 140 English; 64 without personal data; 515 gold
// spans: PERSON 276, ADDRESS 71, PHONE 57, EMAIL 32, IP 17, PASSPORT 16, INN
// 12, CARD 11, BANK_ACCOUNT 9, OGRN 7, SNILS 7), written by hand by someone
// who saw neither the engine nor any other labelled file, while the engine
// was tuned on files up to heldout804. It is the CRM of a debt collection
// agency for microfinance loans in Voronezh, Lipetsk and Tambov: debtors,
// guarantors, payment plans, court orders, bailiffs, complaints. Lower-case
// call transcripts, letters to debtors, e-mails with creditors, CSV debtor
// lists, pipe tables of payments, court orders, logs with IPs, SMS.
// Relatives and neighbours who answer instead of the debtor, guarantors with
// the debtor's surname, bailiffs with their positions, registration and
// residence addresses, phones and a passport said in words. Negatives: case,
// loan and writ numbers, court names, famous writers, a dog, numbers with
// wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.237 (engine
// 1.232.0, commit ef658c2): PASSPORT 0.968 missed its target (a passport
// said in words with "номер" in it); PERSON 0.987, PHONE 0.991, ADDRESS
// 0.978 and the other types (1.0) met theirs; 2.704% of PII characters
// leaked (267 of 9876: PERSON 36, PHONE 65, PASSPORT 75, ADDRESS 91),
// against the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.238
// (engine 1.233.0), with those of the other files from heldout805 to
// heldout812: none of its own misses; the rules from the other files changed
// none of its figures. Left: a passport and phones said in words, and
// diminutives alone in transcripts. Tuned: PERSON 0.987, PHONE 0.991,
// PASSPORT 0.968, ADDRESS 0.978; 2.704% leaked (267 of 9876).

// heldout808Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout808Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.967, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout808MaxLeak: target 0.005, missed untuned (2.704%), missed tuned (2.704%).
const heldout808MaxLeak = 0.028

func TestHeldout808(t *testing.T) {
	corpusCheck{file: "testdata/heldout808.jsonl", name: "eight-hundred-and-eighth held-out corpus", minMessages: 250,
		floors: heldout808Floor, everyType: true, maxLeak: heldout808MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
