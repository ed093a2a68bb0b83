package pii

import "testing"

// testdata/heldout495.jsonl is the four-hundred-and-ninety-fifth held-out
// file: 280 messages (140 Russian, 140 English; 64 without personal data;
// 528 gold spans: PERSON 275, ADDRESS 73, PHONE 58, EMAIL 37, IP 18,
// PASSPORT 16, INN 13, BANK_ACCOUNT 12, CARD 12, OGRN 7, SNILS 7), written
// by hand by someone who saw neither the engine nor any other labelled file,
// while the engine was tuned on files up to heldout488. It is the CRM of a
// cleaning company in Moscow, Krasnodar and Almaty: apartment, post-
// renovation and office cleaning, dry-cleaning of sofas and carpets,
// cleaners' assignments, keys handed over, damage claims, subscriptions,
// payments by card. Chats with clients and cleaners, lower-case call
// transcripts with filler words, e-mails with office managers with quotes,
// web order forms, CSV schedules, pipe tables of cleaners' payouts, payment
// webhooks and logs, OCR'd cleaner contracts, SMS. Cleaners known by first
// name only, intercom codes and flat numbers beside addresses, Almaty
// microdistricts, Kazakh and Uzbek names, addresses and phones dictated in
// words. Negatives: cleaning products named like people, famous people,
// pets, masked cards, version numbers, numbers with wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.195 (engine
// 1.190.0, commit b50c993): PASSPORT 0.968 missed its target (an Uzbek
// passport under a boarding pass's name); PERSON 0.967, ADDRESS 0.973 and
// the other types (1.0) met theirs; 2.645% of PII characters leaked (249 of
// 9415: PERSON 62, PASSPORT 15, ADDRESS 172), against the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.196
// (engine 1.191.0), with those of the other files from heldout489 to
// heldout508: cleaning products ("Mr Muscle", "Мистер Пропер"). Left: an
// Uzbek passport under a boarding pass's name, Uzbek and Tatar given names
// in oblique cases, and spoken addresses. Tuned: PERSON 0.976, PASSPORT
// 0.968, ADDRESS 0.973; 2.645% leaked (249 of 9415).

// heldout495Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout495Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.967, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout495MaxLeak: target 0.005, missed untuned (2.645%), missed tuned (2.645%).
const heldout495MaxLeak = 0.027

func TestHeldout495(t *testing.T) {
	corpusCheck{file: "testdata/heldout495.jsonl", name: "four-hundred-and-ninety-fifth held-out corpus", minMessages: 250,
		floors: heldout495Floor, everyType: true, maxLeak: heldout495MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
