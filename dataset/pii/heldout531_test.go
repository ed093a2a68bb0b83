package pii

import "testing"

// testdata/heldout531.jsonl is the five-hundred-and-thirty-first held-out
// file: 280 messages (140 Russian, 140 English; 59 without personal data;
// 499 gold spans: PERSON 276, ADDRESS 62, PHONE 51, EMAIL 33, IP 18,
// PASSPORT 13, BANK_ACCOUNT 12, INN 12, CARD 10, OGRN 6, SNILS 6), written
// by hand by someone who saw neither the engine nor any other labelled file,
// while the engine was tuned on files up to heldout516. It is the CRM of a
// sports nutrition and supplements online store in Moscow, Krasnodar and
// Minsk: orders, subscriptions, athletes as brand ambassadors with promo
// codes, returns, complaints about delivery. Chats with buyers, e-mails with
// quotes, lower-case call transcripts, web order forms, CSV orders, pipe
// tables of ambassadors' payouts, webhooks and logs, OCR'd contracts with
// ambassadors, SMS. Ambassadors' nicknames, Belarusian names and Minsk
// addresses, buyers' relatives, names in the dative, passport and card-
// holder names in capitals, patronymics alone in form fields, phones and
// addresses dictated in words. Negatives: promo codes made of names,
// products named like people, famous athletes, masked cards, version
// numbers, numbers with wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.198 (engine
// 1.193.0, commit 398b6ba): PASSPORT 0.923 missed its target (a Belarusian
// personal number labelled as a passport; a visa's number after a
// passport's); PERSON 0.957, ADDRESS 0.992 and the other types (1.0) met
// theirs; 1.815% of PII characters leaked (150 of 8264: PERSON 71, PASSPORT
// 14, ADDRESS 65), against the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.201
// (engine 1.196.0), with those of the other files from heldout525 to
// heldout532: an English address in single quotes ("'Moscow, Tverskaya St
// 7'"); a parcel carrier (Boxberry) is no name. Left: famous athletes with a
// first name, nicknames, a Belarusian personal number and given names in
// capitals after their labels. Tuned: PERSON 0.958, PASSPORT 0.923; 1.549%
// leaked (128 of 8264).

// heldout531Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout531Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.923, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout531MaxLeak: target 0.005, missed untuned (1.815%), missed tuned (1.549%).
const heldout531MaxLeak = 0.016

func TestHeldout531(t *testing.T) {
	corpusCheck{file: "testdata/heldout531.jsonl", name: "five-hundred-and-thirty-first held-out corpus", minMessages: 250,
		floors: heldout531Floor, everyType: true, maxLeak: heldout531MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
