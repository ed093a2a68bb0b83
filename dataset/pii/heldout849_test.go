package pii

import "testing"

// testdata/heldout849.jsonl is the eight-hundred-and-forty-ninth held-out
// file: 280 messages (140 Russian, 140 English; 62 without personal data;
// 532 gold spans: PERSON 272, ADDRESS 71, PHONE 58, EMAIL 39, INN 17, IP 17,
// PASSPORT 17, BANK_ACCOUNT 15, CARD 12, OGRN 7, SNILS 7), written by hand
// by someone who saw neither the engine nor any other labelled file, while
// the engine was tuned on files up to heldout844. It is the CRM of a pest
// control and disinfection service in Volgograd and Astrakhan: treatments in
// flats, rodents in warehouses, contracts with cafes, technicians, repeat
// visits. Lower-case call transcripts, technicians' reports, chats, e-mails
// with businesses, CSV visit lists, pipe tables of payments, contracts, logs
// with IPs, SMS. Flats with entrance and floor, cafes' and warehouses'
// addresses, technicians by nickname (Палыч, Руся, борода), addresses in
// words. Negatives: insecticide brands, cafes named after people («У
// Ашота»), pets, famous people, numbers with wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.243 (engine
// 1.238.0, commit 4c87c5a): PASSPORT 0.938 missed its target (two foreign
// passports of nine digits in one sentence missed); PERSON 0.976, ADDRESS
// 0.957 and the other types (1.0) met theirs; 1.742% of PII characters
// leaked (153 of 8785: PERSON 72, PASSPORT 18, ADDRESS 63), against the
// target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.244
// (engine 1.239.0), with those of the other files from heldout845 to
// heldout852: none of its own misses; the rules from the other files changed
// none of its figures. Left: two foreign passports of nine digits in one
// sentence, technicians' nicknames, and cafes named after people. Tuned:
// PERSON 0.976, PASSPORT 0.938, ADDRESS 0.957; 1.742% leaked (153 of 8785).

// heldout849Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout849Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.937, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout849MaxLeak: target 0.005, missed untuned (1.742%), missed tuned (1.742%).
const heldout849MaxLeak = 0.018

func TestHeldout849(t *testing.T) {
	corpusCheck{file: "testdata/heldout849.jsonl", name: "eight-hundred-and-forty-ninth held-out corpus", minMessages: 250,
		floors: heldout849Floor, everyType: true, maxLeak: heldout849MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
