package pii

import "testing"

// testdata/heldout659.jsonl is the six-hundred-and-fifty-ninth held-out
// file: 280 messages (140 Russian, 140 English; 64 without personal data;
// 528 gold spans: PERSON 270, ADDRESS 73, PHONE 55, EMAIL 38, IP 17,
// PASSPORT 17, INN 16, CARD 15, BANK_ACCOUNT 13, OGRN 7, SNILS 7), written
// by hand by someone who saw neither the engine nor any other labelled file,
// while the engine was tuned on files up to heldout652. It is the CRM of a
// municipal heating and water utility's call centre in Omsk, Tara and
// Isilkul: meter readings, outages, debts, recalculation requests, personal
// account holders. Lower-case call transcripts, chats, e-mails, web forms
// with personal account fields, CSV debtor lists, pipe tables, webhooks and
// logs, OCR'd applications with passports and SNILS, SMS. Elderly callers
// with patronymics, names in their cases, diminutives and nicknames,
// private-sector streets by their ordinal ("5-я Северная"), garden
// partnerships, an entrepreneur with his INN and OGRNIP, foreign documents,
// addresses and phones said in words. Negatives: personal accounts shaped
// like INNs or phones, meter and seal serials, cadastral numbers, famous
// people and streets named after them, masked cards, versions, numbers with
// wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.216 (engine
// 1.211.0, commit a08438a): PHONE 0.955 missed its target (personal accounts
// of eleven digits opening with 89 read as phones, and a landline read out
// in groups); PERSON 0.969, ADDRESS 0.944 and the other types (1.0) met
// theirs; 2.809% of PII characters leaked (254 of 9043: PERSON 30, PHONE 92,
// ADDRESS 132), against the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.217
// (engine 1.212.0), with those of the other files from heldout653 to
// heldout660: a caller introducing himself by his surname in lower case
// ("абонент: это …"), a landline read out in groups after the question for a
// number, and the towns of Tara and Isilkul. Left: personal accounts shaped
// like phones, a town before a street after "на", and streets said in words.
// Tuned: PERSON 0.974, PHONE 0.964, ADDRESS 0.944; 2.101% leaked (190 of
// 9043).

// heldout659Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout659Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.97, TypePhone: 0.964, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout659MaxLeak: target 0.005, missed untuned (2.809%), missed tuned (2.101%).
const heldout659MaxLeak = 0.022

func TestHeldout659(t *testing.T) {
	corpusCheck{file: "testdata/heldout659.jsonl", name: "six-hundred-and-fifty-ninth held-out corpus", minMessages: 250,
		floors: heldout659Floor, everyType: true, maxLeak: heldout659MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
