package pii

import "testing"

// testdata/heldout705.jsonl is the seven-hundred-and-fifth held-out file:
// 280 messages (140 Russian, 140 English; 64 without personal data; 527 gold
// spans: PERSON 277, ADDRESS 67, PHONE 59, EMAIL 38, PASSPORT 18, INN 16, IP
// 15, BANK_ACCOUNT 13, CARD 10, OGRN 8, SNILS 6), written by hand by someone
// who saw neither the engine nor any other labelled file, while the engine
// was tuned on files up to heldout700. It is the CRM of an electronics
// retailer's service desk and warranty repairs in Khabarovsk, Vladivostok
// and Blagoveshchensk: returns, warranty claims, deliveries, instalment
// plans, complaints. E-mails with quotes, support chats, lower-case call
// transcripts, claim forms, CSV of claims, pipe tables, webhooks and logs
// with IPs, OCR'd receipts and instalment contracts, SMS. Products and voice
// assistants named like people ("Alice", "Marusya") beside a customer called
// Алиса, Chinese, Korean, Vietnamese and Japanese names, a Chinese ID card's
// number, Vladivostok's islands, nicknames, phones and addresses said in
// words. Negatives: IMEIs and serials, versions, famous people, numbers with
// wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.222 (engine
// 1.217.0, commit 123ecc8): PHONE 0.965, IP 0.968 missed their targets
// (landlines said in words in pieces and one after "landline"; a firmware
// version read as an IP); PERSON 0.957, PASSPORT 0.971, ADDRESS 0.931 and
// the other types (1.0) met theirs; 5.372% of PII characters leaked (510 of
// 9494: PERSON 68, PHONE 110, PASSPORT 18, ADDRESS 314), against the target
// of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.223
// (engine 1.218.0), with those of the other files from heldout701 to
// heldout708: a short landline after "landline" and Karl Marx's street said
// in words after a town ("khabarovsk, karla marksa one hundred forty three,
// flat twenty"). Left: voice assistants named like women ("Alice",
// "Marusya"), Korean and Chinese names in both alphabets, Vladivostok's
// islands, landlines said in words, a Chinese ID card's number, and a
// firmware version read as an IP. Tuned: PERSON 0.959, PHONE 0.974 (now
// met), PASSPORT 0.971, ADDRESS 0.939, IP 0.968; 4.698% leaked (446 of
// 9494).

// heldout705Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout705Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.967, TypeOGRN: 0.97,
	TypePassport: 0.97, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout705MaxLeak: target 0.005, missed untuned (5.372%), missed tuned (4.698%).
const heldout705MaxLeak = 0.047

func TestHeldout705(t *testing.T) {
	corpusCheck{file: "testdata/heldout705.jsonl", name: "seven-hundred-and-fifth held-out corpus", minMessages: 250,
		floors: heldout705Floor, everyType: true, maxLeak: heldout705MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
