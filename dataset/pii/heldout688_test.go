package pii

import "testing"

// testdata/heldout688.jsonl is the six-hundred-and-eighty-eighth held-out
// file: 280 messages (140 Russian, 140 English; 63 without personal data;
// 502 gold spans: PERSON 274, ADDRESS 67, PHONE 53, EMAIL 34, IP 16,
// PASSPORT 15, INN 11, BANK_ACCOUNT 10, CARD 10, OGRN 6, SNILS 6), written
// by hand by someone who saw neither the engine nor any other labelled file,
// while the engine was tuned on files up to heldout684. It is the CRM of a
// regional theatre and concert hall's box office and volunteer ushers in
// Voronezh, Lipetsk and Tambov: ticket sales, refunds, subscriptions, group
// bookings, ushers' shifts. Chats, lower-case call transcripts, e-mails with
// quotes, booking forms, CSV ushers with their shifts and phones, pipe
// tables, webhooks and logs, OCR'd contracts with passports, SMS. Ushers by
// first name and diminutive, school groups with their teachers, names in the
// instrumental, lower case and capitals, phones and addresses said in words.
// Negatives: roles (Гамлет, Чацкий, Ophelia), performers and composers on
// posters, seats, orders and tickets, versions, masked cards, numbers with
// wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.220 (engine
// 1.215.0, commit cf983db): every F1 target met (PERSON 0.946, ADDRESS
// 0.970, PHONE 0.981, the other types 1.0); 2.591% of PII characters leaked
// (227 of 8762: PERSON 67, PHONE 48, ADDRESS 112), against the target of
// 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.221
// (engine 1.216.0), with those of the other files from heldout685 to
// heldout692: Latin streets named after an anniversary ("20-letiya Oktyabrya
// St", "ul. 60 let Oktyabrya"), a boulevard spelled with an apostrophe
// ("Bul'var Pobedy") and a surname answered after "фамилия?". Left: actors
// and musicians on a theatre's bill, characters of plays, and a landline in
// a town's format. Tuned: PERSON 0.950, PHONE 0.981; 1.860% leaked (163 of
// 8762).

// heldout688Floor holds the tuned figures: the targets, all met.
var heldout688Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.97, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout688MaxLeak: target 0.005, missed untuned (2.591%), missed tuned (1.860%).
const heldout688MaxLeak = 0.019

func TestHeldout688(t *testing.T) {
	corpusCheck{file: "testdata/heldout688.jsonl", name: "six-hundred-and-eighty-eighth held-out corpus", minMessages: 250,
		floors: heldout688Floor, everyType: true, maxLeak: heldout688MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
