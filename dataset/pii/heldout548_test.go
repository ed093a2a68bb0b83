package pii

import "testing"

// testdata/heldout548.jsonl is the five-hundred-and-forty-eighth held-out
// file: 280 messages (140 Russian, 140 English; 64 without personal data;
// 534 gold spans: PERSON 279, ADDRESS 73, PHONE 58, EMAIL 39, INN 17, IP 17,
// PASSPORT 16, BANK_ACCOUNT 11, CARD 10, OGRN 8, SNILS 6), written by hand
// by someone who saw neither the engine nor any other labelled file, while
// the engine was tuned on files up to heldout540. It is the CRM of a
// regional charity food bank and volunteer centre in Nizhny Novgorod, Kirov
// and Cheboksary: families receiving food parcels, volunteers' shifts,
// donors (people and firms), delivery to elderly people's homes, social
// workers' referrals, receipts for donations, complaints. Volunteers' chats,
// lower-case call transcripts, e-mails with donors with quotes, web forms
// for help requests, CSV lists of families, pipe tables of donations,
// webhooks and logs, OCR'd agreements, SMS. Families in the plural and in
// the genitive plural, elderly recipients named by social workers, Chuvash
// and Mari names, villages and districts as addresses, volunteers by first
// name and diminutive, passenger and cardholder names in capitals, phones
// and addresses said in words. Negatives: donors who stay anonymous, famous
// people, streets named after people, masked cards, codes, numbers with
// wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.202 (engine
// 1.197.0, commit b4d5f11): SNILS 0.909, PASSPORT 0.968 missed their targets
// (a pension certificate's number without its dashes; an Italian identity
// card's letters and digits); PERSON 0.951, ADDRESS 0.993 and the other
// types (1.0) met theirs; 2.695% of PII characters leaked (250 of 9276:
// PERSON 145, SNILS 11, PASSPORT 9, ADDRESS 85), against the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.203
// (engine 1.198.0), with those of the other files from heldout541 to
// heldout548: Chuvash and Mari given names ("Хветуш", "Улькка", "Aivika",
// "Ilempi") and a pension certificate's number as a СНИЛС. Left: families in
// the genitive plural, an Italian identity card, volunteers' diminutives,
// and a charity's name. Tuned: SNILS 1.0 (now met), PERSON 0.964, PASSPORT
// 0.968, ADDRESS 0.993; 2.124% leaked (197 of 9276).

// heldout548Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout548Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.967, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout548MaxLeak: target 0.005, missed untuned (2.695%), missed tuned (2.124%).
const heldout548MaxLeak = 0.022

func TestHeldout548(t *testing.T) {
	corpusCheck{file: "testdata/heldout548.jsonl", name: "five-hundred-and-forty-eighth held-out corpus", minMessages: 250,
		floors: heldout548Floor, everyType: true, maxLeak: heldout548MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
