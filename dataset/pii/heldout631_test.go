package pii

import "testing"

// testdata/heldout631.jsonl is the six-hundred-and-thirty-first held-out
// file: 280 messages (140 Russian, 140 English; 63 without personal data;
// 523 gold spans: PERSON 276, ADDRESS 67, PHONE 58, EMAIL 39, IP 17,
// PASSPORT 17, INN 16, CARD 11, BANK_ACCOUNT 10, OGRN 6, SNILS 6), written
// by hand by someone who saw neither the engine nor any other labelled file,
// while the engine was tuned on files up to heldout628. It is the CRM of a
// private reproductive medicine (IVF) clinic in St Petersburg, Kazan and
// Samara: consultations, couples' programmes, donor programmes, tests,
// payments in instalments, tax certificates, complaints. Patients' chats
// with coordinators, lower-case call transcripts, e-mails with quotes, web
// forms, CSV patient lists, pipe tables, webhooks and logs, OCR'd contracts,
// consents and tax certificates, SMS. Couples with both partners named,
// doctors by surname and initials, embryologists by first name, names in
// their cases and diminutives, names in capitals with slashes, cards for
// instalments, an INN read out in groups, German, US, UAE, Chinese and
// Spanish documents, phones and addresses said in words. Negatives: donors
// by code, syndromes and drugs named after people, famous scientists,
// streets named after people without a house, an NHS and an ОМС number,
// masked cards, codes, numbers with wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.213 (engine
// 1.208.0, commit 18971eb): INN 0.9697, PASSPORT 0.9697 missed their targets
// (a British phone said in words read as an INN; a German ID card's letters
// and digits); PERSON 0.973, PHONE 0.983 and the other types (1.0) met
// theirs; 1.210% of PII characters leaked (117 of 9672: PERSON 71, PASSPORT
// 28, ADDRESS 18), against the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.214
// (engine 1.209.0), with those of the other files from heldout629 to
// heldout636: none of its own misses; the rules from the other files changed
// none of its figures. Left: a German ID card's number alone on its line, a
// British phone said in words read as an INN, an NHS number read as a phone,
// and famous scientists. Tuned: PERSON 0.973, PHONE 0.983, INN 0.9697,
// PASSPORT 0.9697; 1.210% leaked (117 of 9672).

// heldout631Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout631Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.969, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.969, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout631MaxLeak: target 0.005, missed untuned (1.210%), missed tuned (1.210%).
const heldout631MaxLeak = 0.013

func TestHeldout631(t *testing.T) {
	corpusCheck{file: "testdata/heldout631.jsonl", name: "six-hundred-and-thirty-first held-out corpus", minMessages: 250,
		floors: heldout631Floor, everyType: true, maxLeak: heldout631MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
