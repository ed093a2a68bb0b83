package pii

import "testing"

// testdata/heldout408.jsonl is the four-hundred-and-eighth held-out file:
// 280 messages (140 Russian, 140 English; 63 without personal data; 526 gold
// spans: PERSON 275, ADDRESS 70, PHONE 57, EMAIL 33, PASSPORT 18,
// BANK_ACCOUNT 17, IP 17, INN 14, CARD 11, OGRN 7, SNILS 7), written by hand
// by someone who saw neither the engine nor any other labelled file, while
// the engine was tuned on files up to heldout399. It is the CRM of a notary
// office network in Moscow, Kazan and Nizhny Novgorod: powers of attorney,
// inheritance cases with heirs and the deceased, certified real-estate
// deals, marriage contracts, consent for a child's trip abroad, translations
// for German, Chinese, Indian and Turkish expats, fees and state duty,
// complaints and reschedules. Chats, lower-case call transcripts with phones
// and addresses in words, e-mails with headers, quotes and signatures, web
// booking forms, SMS, CSV schedules, pipe tables of heirs, registry log
// lines, OCR'd passports, payment gateway logs. Heirs with kinship words,
// the deceased in the genitive, names in every case form, expats' foreign
// passports, addresses in Germany, India and China. Negatives: registry and
// case numbers, state duty sums, КПП, БИК, к/с, УИН, a court's name,
// Tolstoy's and Pushkin's wills, masked cards, INNs, a card and a SNILS with
// wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.175 (engine
// 1.170.0, commit 28da0a0): BANK_ACCOUNT 0.903 missed its target (three
// accounts whose control digits do not match the БИК written beside them,
// which the engine drops as mistyped; the writer was not told of that key);
// PERSON 0.987, PHONE 0.991, ADDRESS 0.971 and the other types (1.0) met
// theirs; 3.521% of PII characters leaked (357 of 10139: PERSON 42, PHONE
// 67, BANK_ACCOUNT 60, ADDRESS 188), against the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.176
// (engine 1.171.0), with those of the other files from heldout400 to
// heldout411: a transliterated Russian street between its house and a flat
// ("7 Sadovaya-Kudrinskaya, apt 15, Moscow"). Left: addresses said aloud in
// English, a phone in words with commas, and the accounts whose key fails.
// Tuned: PERSON 0.987, PHONE 0.991, BANK_ACCOUNT 0.903, ADDRESS 0.978;
// 3.146% leaked (319 of 10139).

// heldout408Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout408Floor = map[string]float64{
	TypeBankAccount: 0.903, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.97, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout408MaxLeak: target 0.005, missed untuned (3.521%), missed tuned (3.146%).
const heldout408MaxLeak = 0.032

func TestHeldout408(t *testing.T) {
	corpusCheck{file: "testdata/heldout408.jsonl", name: "four-hundred-and-eighth held-out corpus", minMessages: 250,
		floors: heldout408Floor, everyType: true, maxLeak: heldout408MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
