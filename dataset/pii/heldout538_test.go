package pii

import "testing"

// testdata/heldout538.jsonl is the five-hundred-and-thirty-eighth held-out
// file: 280 messages (140 Russian, 140 English; 64 without personal data;
// 531 gold spans: PERSON 274, ADDRESS 69, PHONE 58, EMAIL 39, BANK_ACCOUNT
// 17, IP 17, PASSPORT 17, INN 15, CARD 11, OGRN 7, SNILS 7), written by hand
// by someone who saw neither the engine nor any other labelled file, while
// the engine was tuned on files up to heldout532. It is the CRM of an online
// auto parts store with pick-up points in Tyumen, Surgut and
// Khanty-Mansiysk: orders by VIN, parts selection, delivery to garages and
// homes, returns of wrong parts, car service partners, corporate fleet
// accounts of oil-field contractors, couriers, payment disputes. Buyers'
// chats, lower-case call transcripts, e-mails with fleet managers, web order
// forms, CSV orders, pipe tables of partner payouts, webhooks and logs,
// OCR'd contracts, SMS. Shift workers at remote oil-field camps with their
// addresses, Tatar and Azerbaijani names, names in the dative and the
// genitive, phones in many formats, addresses and phones dictated in words.
// Negatives: VINs and part numbers, cars and people with the same name, car
// plates, famous people, masked cards, codes, numbers with wrong check
// digits.
//
// The engine was judged on it once, untuned, with rules-2025.201 (engine
// 1.196.0, commit 53a617f): ADDRESS 0.857 missed its target (pick-up points
// by a street and a house with no keyword, shift camps on oil fields, a
// garage cooperative's box and addresses dictated in words); PERSON 0.980,
// PHONE 0.974 and the other types (1.0) met theirs; 7.972% of PII characters
// leaked (773 of 9696: PERSON 47, PHONE 54, ADDRESS 672), against the target
// of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.202
// (engine 1.197.0), with those of the other files from heldout533 to
// heldout540: a street's adjective before its house ("Университетской 9")
// and short landlines on "рабочий" or after "reach me at". Left: pick-up
// points by a street and a house with no keyword, shift camps on oil fields,
// a garage cooperative's box and addresses said in words. Tuned: PERSON
// 0.980, PHONE 0.991, ADDRESS 0.866; 7.632% leaked (740 of 9696).

// heldout538Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout538Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.97, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.866, TypePerson: 0.92,
}

// heldout538MaxLeak: target 0.005, missed untuned (7.972%), missed tuned (7.632%).
const heldout538MaxLeak = 0.077

func TestHeldout538(t *testing.T) {
	corpusCheck{file: "testdata/heldout538.jsonl", name: "five-hundred-and-thirty-eighth held-out corpus", minMessages: 250,
		floors: heldout538Floor, everyType: true, maxLeak: heldout538MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
