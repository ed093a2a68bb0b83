package pii

import "testing"

// testdata/heldout587.jsonl is the five-hundred-and-eighty-seventh held-out
// file: 280 messages (140 Russian, 140 English; 63 without personal data;
// 531 gold spans: PERSON 278, ADDRESS 71, PHONE 58, EMAIL 39, INN 17,
// PASSPORT 16, IP 15, BANK_ACCOUNT 13, CARD 11, OGRN 7, SNILS 6), written by
// hand by someone who saw neither the engine nor any other labelled file,
// while the engine was tuned on files up to heldout580. It is the CRM of an
// online shop for fishing and hunting goods with licence checks in Tomsk,
// Khanty-Mansiysk and Tyumen: orders, weapon licence checks, delivery to
// pick-up points and villages, returns, payments. Chats with buyers,
// lower-case call transcripts, e-mails with quotes, web order forms, CSV
// orders, pipe tables of couriers' routes, webhooks and logs, OCR'd licences
// and passports, SMS. Khanty and Mansi names in their cases, surnames that
// are brands or words, a surname spelled out, names in capitals, villages
// and winter-road runs, pick-up points, phones, addresses and a passport
// said in words. Negatives: licence numbers and weapon serials, gun and
// tackle brands named like people, famous writers, villages alone, masked
// cards, numbers with wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.208 (engine
// 1.203.0, commit 78c32ba): PASSPORT 0.968 missed its target (a German ID
// card's number alone on a line under its heading); PERSON 0.960, ADDRESS
// 0.956 and the other types (1.0) met theirs; 3.846% of PII characters
// leaked (348 of 9048: PERSON 117, PASSPORT 9, ADDRESS 222), against the
// target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.209
// (engine 1.204.0), with those of the other files from heldout581 to
// heldout596: a name the caller gives alone on a line, surname first or last
// ("caller: nadezhda sengepova", "longortov petr"), and after a kin word
// ("my uncle, arkady sopochin"). Left: Khanty and Mansi surnames in lower
// case alone, a German ID card's number, and addresses said in words. Tuned:
// PERSON 0.970, PASSPORT 0.968, ADDRESS 0.956; 3.437% leaked (311 of 9048).

// heldout587Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout587Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.967, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout587MaxLeak: target 0.005, missed untuned (3.846%), missed tuned (3.437%).
const heldout587MaxLeak = 0.035

func TestHeldout587(t *testing.T) {
	corpusCheck{file: "testdata/heldout587.jsonl", name: "five-hundred-and-eighty-seventh held-out corpus", minMessages: 250,
		floors: heldout587Floor, everyType: true, maxLeak: heldout587MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
