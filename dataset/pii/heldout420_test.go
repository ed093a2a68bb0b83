package pii

import "testing"

// testdata/heldout420.jsonl is the four-hundred-and-twentieth held-out file:
// 280 messages (140 Russian, 140 English; 63 without personal data; 542 gold
// spans: PERSON 277, ADDRESS 73, PHONE 58, EMAIL 38, IP 17, PASSPORT 17,
// BANK_ACCOUNT 16, INN 16, CARD 15, SNILS 8, OGRN 7), written by hand by
// someone who saw neither the engine nor any other labelled file, while the
// engine was tuned on files up to heldout418. It is the CRM of a third-party
// logistics warehouse and freight forwarder in Podolsk, Yekaterinburg and
// Brest: shipments, pallets and SKUs, drivers with trucks and trailers,
// consignees, customs at the Belarus border, damaged cargo claims, invoices
// to firms, drivers' payouts as self-employed. Chats with drivers and
// clients, lower-case call transcripts with addresses and phones in words,
// e-mails with headers, quotes and signatures, web forms, SMS, CSV waybills,
// pipe trip tables, WMS and GPS logs, OCR'd driver passports and CMR notes.
// Drivers by surname and initials, passports beside driving licences,
// warehouses in industrial zones by владение and строение, Brest, Minsk and
// Polish addresses, nicknames. Negatives: plates, licences, CMR, waybill,
// pallet, SSCC and seal numbers, SKUs, coordinates, КПП, БИК, к/с, SWIFT,
// masked cards, famous names, numbers with wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.178 (engine
// 1.173.0, commit 4a28506): PASSPORT 0.9697, ADDRESS 0.9197 missed their
// targets (industrial zones by владение and строение in both languages, a
// postcode before its town, a pavilion and a warehouse after the house);
// PERSON 0.973, PHONE 0.992 and the other types (1.0) met theirs; 6.475% of
// PII characters leaked (668 of 10317: PERSON 53, PASSPORT 9, ADDRESS 606),
// against the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.179
// (engine 1.174.0), with those of the other files from heldout419 to
// heldout422: a pavilion and a warehouse after the house, a trakt ("Sibirsky
// trakt, 12, bldg 8, warehouse 14"), a bare street after a known city
// ("Yekaterinburg, Malysheva 51"), and a shipment's number after "SMS:" is
// no longer a phone. Left: industrial zones by владение and строение, a
// Belarusian passport's Cyrillic series in a CSV cell, Polish addresses said
// aloud, and lower-case surnames. Tuned: PERSON 0.975, PASSPORT 0.9697,
// ADDRESS 0.950 (now met); 5.496% leaked (567 of 10317).

// heldout420Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout420Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.969, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout420MaxLeak: target 0.005, missed untuned (6.475%), missed tuned (5.496%).
const heldout420MaxLeak = 0.055

func TestHeldout420(t *testing.T) {
	corpusCheck{file: "testdata/heldout420.jsonl", name: "four-hundred-and-twentieth held-out corpus", minMessages: 250,
		floors: heldout420Floor, everyType: true, maxLeak: heldout420MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
