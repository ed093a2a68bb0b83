package pii

import "testing"

// testdata/heldout438.jsonl is the four-hundred-and-thirty-eighth held-out
// file: 280 messages (140 Russian, 140 English; 62 without personal data;
// 504 gold spans: PERSON 267, ADDRESS 63, PHONE 52, EMAIL 34, CARD 17, IP
// 16, PASSPORT 16, INN 15, BANK_ACCOUNT 11, OGRN 7, SNILS 6), written by
// hand by someone who saw neither the engine nor any other labelled file,
// while the engine was tuned on files up to heldout436. It is the CRM of an
// online fashion marketplace's returns and customer care in Moscow, Minsk
// and Yerevan: returns and exchanges, pick-up points, couriers, refunds to
// cards, sizing complaints, counterfeit claims, sellers' disputes, loyalty
// accounts, gift certificates. Chats with emoji, slang and typos, lower-case
// call transcripts, e-mails with headers and quoted replies, return forms,
// CSV return registers, pipe tables of refunds, a courier service's JSON
// webhooks, CRM logs, OCR'd receipts, SMS. Armenian names and Yerevan
// addresses, Belarusian addresses, a customer in the dative in a courier's
// note, brands named like people (Tom Tailor, Marc O'Polo, Zarina).
// Negatives: order, return, tracking and gift-card numbers, SKUs, sizes,
// masked cards, the addresses of shops, pick-up points and warehouses,
// famous people and characters, numbers with wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.184 (engine
// 1.179.0, commit d69de63): ADDRESS 0.882 missed its target (the addresses
// of shops, pick-up points and warehouses, which the writer left unlabelled
// as nobody's home); PERSON 0.965, PHONE 0.990 and the other types (1.0) met
// theirs; 1.687% of PII characters leaked (144 of 8538: PERSON 24, PHONE 38,
// ADDRESS 82), against the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.185
// (engine 1.180.0), with those of the other files from heldout437 to
// heldout440: two adjectives in the accusative before a house and a flat
// ("на Малую Грузинскую 15 кв 112"), "st" before a flat in a spoken address,
// and the Armenian name Seda. Left: the addresses of shops and pick-up
// points, which the writer left unlabelled, brands named like people, a
// Belarusian street without its word, and "Hovhannisyan Gor". Tuned: PERSON
// 0.971, PHONE 0.990, ADDRESS 0.899; 1.206% leaked (103 of 8538).

// heldout438Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout438Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.97, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.898, TypePerson: 0.92,
}

// heldout438MaxLeak: target 0.005, missed untuned (1.687%), missed tuned (1.206%).
const heldout438MaxLeak = 0.013

func TestHeldout438(t *testing.T) {
	corpusCheck{file: "testdata/heldout438.jsonl", name: "four-hundred-and-thirty-eighth held-out corpus", minMessages: 250,
		floors: heldout438Floor, everyType: true, maxLeak: heldout438MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
