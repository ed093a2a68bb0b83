package pii

import "testing"

// testdata/heldout509.jsonl is the five-hundred-and-ninth held-out file: 280
// messages (140 Russian, 140 English; 63 without personal data; 520 gold
// spans: PERSON 272, ADDRESS 71, PHONE 56, EMAIL 32, IP 17, PASSPORT 17, INN
// 16, BANK_ACCOUNT 14, CARD 12, OGRN 7, SNILS 6), written by hand by someone
// who saw neither the engine nor any other labelled file, while the engine
// was tuned on files up to heldout508. It is the CRM of a cargo trucking
// company and freight exchange dispatcher in Chelyabinsk, Omsk and Pavlodar:
// loads, drivers, trucks and trailers, waybills, fuel cards, fines, payments
// to carriers, damaged cargo claims. Chats with drivers and dispatchers,
// lower-case call transcripts from the road, e-mails with shippers with
// quotes, web forms, CSV trip lists, pipe tables of payments to carriers,
// GPS webhooks and logs, OCR'd carrier contracts, SMS. Drivers by surname
// only, names in the instrumental, Kazakh drivers and Pavlodar addresses,
// diminutives, phones dictated on a bad line with gaps, addresses spoken in
// words. Negatives: truck and trailer plates, waybill and fine numbers, fuel
// cards, a bank's own INN, firmware versions, numbers with wrong check
// digits.
//
// The engine was judged on it once, untuned, with rules-2025.196 (engine
// 1.191.0, commit 7b55fe1): PHONE 0.963, INN 0.9697 missed their targets
// (phones dictated in words with gaps; a bank's own INN after its word);
// PERSON 0.973, ADDRESS 0.950, IP 0.971 and the other types (1.0) met
// theirs; 6.389% of PII characters leaked (579 of 9063: PERSON 55, PHONE
// 232, PASSPORT 13, ADDRESS 279), against the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.197
// (engine 1.192.0), with those of the other files from heldout509 to
// heldout516: a street of one noun after "на" ("на Свободы, 97"). Left:
// phones dictated in words with gaps on a bad line, lower-case surnames, a
// bank's own INN, and a toll system named like a person ("Платон"). Tuned:
// PERSON 0.973, PHONE 0.963, INN 0.9697, ADDRESS 0.957, IP 0.971; 6.267%
// leaked (568 of 9063). rules-2025.198 also reads a firmware version under a
// JSON key. With it: PERSON 0.973, PHONE 0.963, INN 0.9697, ADDRESS 0.957;
// 6.267% leaked (568 of 9063).

// heldout509Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout509Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.969, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.97, TypePhone: 0.962, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout509MaxLeak: target 0.005, missed untuned (6.389%), missed tuned (6.267%).
const heldout509MaxLeak = 0.063

func TestHeldout509(t *testing.T) {
	corpusCheck{file: "testdata/heldout509.jsonl", name: "five-hundred-and-ninth held-out corpus", minMessages: 250,
		floors: heldout509Floor, everyType: true, maxLeak: heldout509MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
