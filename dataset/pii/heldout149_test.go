package pii

import "testing"

// testdata/heldout149.jsonl is the hundred-and-forty-ninth held-out file:
// 277 messages (142 Russian, 135 English; 60 without personal data; 546
// gold spans: PERSON 270, PHONE 84, ADDRESS 49, EMAIL 39, PASSPORT 24, IP
// 23, CARD 17, BANK_ACCOUNT 16, INN 11, OGRN 8, SNILS 5), written by hand by
// someone who saw neither the engine nor any other labelled file, while the
// engine was tuned on heldout142 to heldout145. It is the CRM of a
// used-car marketplace for private sellers and buyers in Russia and
// Kazakhstan: listings, inspections, test drives, deposits, escrow, sale
// contracts, powers of attorney, fraud complaints, disputes, chargebacks,
// dealers' onboarding, deletion requests. Chats, lower-case call
// transcripts, e-mails with headers, quotes, forwards and signatures,
// forms, CSV and pipe tables, OCR'd passports and vehicle documents (СТС,
// ПТС), payment, anti-fraud and audit logs, SMS. Every case form,
// diminutives, lower-case names, Kazakh names in Cyrillic and Latin,
// initials; names that are also words, car models and brands both ways
// (Вера, Надежда, Любовь, Роман, Лев, Слава, Лада, Hope, Grace, Will, Mark,
// Mercedes); cars' models and nicknames (Лада Веста, Kia Rio, Logan, Camry,
// «Малышка», "Lucy") with VINs and Russian and Kazakh plates beside names
// and phones. Russian, Kazakh and English-style addresses, some spoken.
// Negatives: listing, order, ticket, contract, invoice and claim numbers,
// tracking numbers, ОМС, КПП, БИК, ОКПО, correspondent accounts, masked
// cards, IP-shaped versions, wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.85 (engine
// 1.83.0, commit e8110fc): PASSPORT 0.958 missed its target (a vehicle
// registration certificate's number read as a passport, a passport written
// 4+5 missed), ADDRESS 0.990, PERSON 0.958 and the other types (1.0) met
// theirs; 1.086% of PII characters leaked (96 of 8843: PERSON 65, ADDRESS
// 21, PASSPORT 10), against the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.86
// (engine 1.84.0), with those of heldout146 to heldout148: a vehicle
// registration certificate's number is no passport, a car's model and its
// year are no street and house ("Toyota Camry 70, 2020"). With
// rules-2025.86: PASSPORT 0.979, PERSON 0.958, the others 1.0; leak 1.086%
// (96 of 8843: PERSON 65, ADDRESS 21, PASSPORT 10).

// heldout149Floor guards the tuned level.
var heldout149Floor = map[string]float64{
	TypeBankAccount: 0.99, TypeCard: 0.99, TypeEmail: 0.99, TypeINN: 0.99, TypeIP: 0.99, TypeOGRN: 0.99,
	TypePassport: 0.97, TypePhone: 0.99, TypeSNILS: 0.99, TypeAddress: 0.99, TypePerson: 0.95,
}

// heldout149MaxLeak: target 0.005; 1.086% untuned and tuned.
const heldout149MaxLeak = 0.011

func TestHeldout149(t *testing.T) {
	corpusCheck{file: "testdata/heldout149.jsonl", name: "hundred-and-forty-ninth held-out corpus", minMessages: 250,
		floors: heldout149Floor, everyType: true, maxLeak: heldout149MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
