package pii

import "testing"

// testdata/heldout593.jsonl is the five-hundred-and-ninety-third held-out
// file: 280 messages (140 Russian, 140 English; 61 without personal data;
// 511 gold spans: PERSON 269, ADDRESS 63, PHONE 56, EMAIL 38, IP 16,
// PASSPORT 16, BANK_ACCOUNT 14, CARD 13, INN 11, OGRN 8, SNILS 7), written
// by hand by someone who saw neither the engine nor any other labelled file,
// while the engine was tuned on files up to heldout580. It is the CRM of a
// blood and plasma donor centre in Kirov, Izhevsk and Cheboksary: donor
// registration, appointment booking, medical exclusions, donor payments and
// certificates, honorary donor status, reminders. SMS and messenger
// reminders, lower-case call transcripts, e-mails with quotes, web booking
// forms, CSV donor lists, pipe tables of payments, webhooks and logs, OCR'd
// donor cards and applications. Doctors by surname and initials, donors'
// relatives as recipients, names in the dative after thanks, diminutives,
// names in capitals with slashes, villages of Kirov oblast, also in
// transliteration, SNILS written three ways, phones, passports and addresses
// said in words. Negatives: blood groups next to numbers, famous people,
// streets named after people, masked cards, codes, numbers with wrong check
// digits.
//
// The engine was judged on it once, untuned, with rules-2025.208 (engine
// 1.203.0, commit 4783bc3): PASSPORT 0.968 missed its target (a passport's
// series and number said in words); PERSON 0.981, PHONE 0.991, ADDRESS 0.984
// and the other types (1.0) met theirs; 3.382% of PII characters leaked (324
// of 9581: PERSON 63, PHONE 17, PASSPORT 80, ADDRESS 164), against the
// target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.209
// (engine 1.204.0), with those of the other files from heldout581 to
// heldout596: none of its own misses; the rules from the other files changed
// none of its figures. Left: a passport said in words, lower-case surnames
// alone, and famous surgeons and cosmonauts. Tuned: PERSON 0.981, PHONE
// 0.991, PASSPORT 0.968, ADDRESS 0.984; 3.382% leaked (324 of 9581).

// heldout593Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout593Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.967, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout593MaxLeak: target 0.005, missed untuned (3.382%), missed tuned (3.382%).
const heldout593MaxLeak = 0.034

func TestHeldout593(t *testing.T) {
	corpusCheck{file: "testdata/heldout593.jsonl", name: "five-hundred-and-ninety-third held-out corpus", minMessages: 250,
		floors: heldout593Floor, everyType: true, maxLeak: heldout593MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
