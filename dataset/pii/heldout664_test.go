package pii

import "testing"

// testdata/heldout664.jsonl is the six-hundred-and-sixty-fourth held-out
// file: 280 messages (140 Russian, 140 English; 64 without personal data;
// 509 gold spans: PERSON 271, ADDRESS 72, PHONE 57, EMAIL 30, INN 17, IP 17,
// PASSPORT 14, BANK_ACCOUNT 9, CARD 9, OGRN 7, SNILS 6), written by hand by
// someone who saw neither the engine nor any other labelled file, while the
// engine was tuned on files up to heldout660. It is the CRM of a coal and
// firewood delivery service for private houses in Kemerovo, Novokuznetsk and
// Prokopyevsk: orders by the tonne, truck deliveries, village addresses,
// payments in cash and by card. Lower-case call transcripts, chats, SMS,
// order forms, CSV delivery routes with the village, street and house in
// their own columns, pipe tables, webhooks and logs, OCR'd contracts with
// passports. Villages and settlements with no street ("п. металлплощадка дом
// 12"), landmarks after an address, drivers by nickname, elderly clients by
// their patronymics, family plurals, surnames spelled letter by letter,
// names in their cases and capitals, phones dictated with pauses, addresses
// said in words. Negatives: a business centre without a street, landmarks
// alone, famous people, a pet, an IMEI, versions, masked cards, numbers with
// wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.217 (engine
// 1.212.0, commit 531729f): PASSPORT 0.963, ADDRESS 0.884 missed their
// targets (a passport's series and number after "series" and "No." in
// English; villages and settlements with a house and no street, a route's
// CSV columns and streets said in words in Latin letters); PERSON 0.964,
// PHONE 0.982 and the other types (1.0) met theirs; 10.146% of PII
// characters leaked (862 of 8496: PERSON 99, PHONE 159, PASSPORT 36, ADDRESS
// 568), against the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.218
// (engine 1.213.0), with those of the other files from heldout661 to
// heldout668: a village or a settlement by its marker or its word with a
// house and no street ("pos. Novostroika, house 31", "Taibinsky settlement,
// house 40") and a passport's series and number after "series" in English.
// Left: a route's CSV with the village, street and house in their own
// columns, villages and streets said in words, and drivers' nicknames.
// Tuned: PASSPORT 1.0 (now met), PERSON 0.964, PHONE 0.982, ADDRESS 0.901;
// 9.299% leaked (790 of 8496).

// heldout664Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout664Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.97, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.9, TypePerson: 0.92,
}

// heldout664MaxLeak: target 0.005, missed untuned (10.146%), missed tuned (9.299%).
const heldout664MaxLeak = 0.093

func TestHeldout664(t *testing.T) {
	corpusCheck{file: "testdata/heldout664.jsonl", name: "six-hundred-and-sixty-fourth held-out corpus", minMessages: 250,
		floors: heldout664Floor, everyType: true, maxLeak: heldout664MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
