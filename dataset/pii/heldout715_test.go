package pii

import "testing"

// testdata/heldout715.jsonl is the seven-hundred-and-fifteenth held-out
// file: 280 messages (140 Russian, 140 English; 63 without personal data;
// 526 gold spans: PERSON 277, ADDRESS 69, PHONE 58, EMAIL 35, IP 17, INN 16,
// PASSPORT 15, BANK_ACCOUNT 13, CARD 12, OGRN 7, SNILS 7), written by hand
// by someone who saw neither the engine nor any other labelled file, while
// the engine was tuned on files up to heldout708. It is the CRM of a solar
// panel and heating equipment installer for country houses in Krasnodar Krai
// and Adygea: site surveys, installation, service contracts, subsidies,
// payments. E-mails with quotes, chats, lower-case call transcripts, survey
// forms, CSV of sites with the stanitsa, street and house in columns of
// their own, pipe tables, webhooks and logs with IPs, OCR'd contracts, SMS.
// Stanitsas, auls and khutors, houses by a plot, Adyghe names, installers by
// nickname, names in their cases, addresses and phones said in words.
// Negatives: boilers named like animals and famous inventors, coordinates,
// versions like IPs, numbers with wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.223 (engine
// 1.218.0, commit 245a2f8): INN 0.9697, PASSPORT 0.966, ADDRESS 0.898 missed
// their targets (a passport said in words read as an INN; villages before a
// bare street, addresses split over CSV columns and said in words); PERSON
// 0.967 and the other types (1.0) met theirs; 7.356% of PII characters
// leaked (680 of 9244: PERSON 94, PASSPORT 6, ADDRESS 580), against the
// target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.224
// (engine 1.219.0), with those of the other files from heldout709 to
// heldout716: none of its own misses; the rules from the other files changed
// none of its figures. Left: stanitsas and auls before a bare street
// ("Динской, Красная 112"), addresses split over CSV columns, installers'
// nicknames, and a passport said in words read as an INN. Tuned: PERSON
// 0.967, INN 0.9697, PASSPORT 0.966, ADDRESS 0.898; 7.356% leaked (680 of
// 9244).

// heldout715Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout715Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.969, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.965, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.897, TypePerson: 0.92,
}

// heldout715MaxLeak: target 0.005, missed untuned (7.356%), missed tuned (7.356%).
const heldout715MaxLeak = 0.074

func TestHeldout715(t *testing.T) {
	corpusCheck{file: "testdata/heldout715.jsonl", name: "seven-hundred-and-fifteenth held-out corpus", minMessages: 250,
		floors: heldout715Floor, everyType: true, maxLeak: heldout715MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
