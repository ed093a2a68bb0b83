package pii

import "testing"

// testdata/heldout97.jsonl is the ninety-seventh held-out file: 280
// messages (140 Russian, 140 English; 55 without personal data; 822 gold
// spans: PERSON 423, PHONE 124, ADDRESS 115, EMAIL 41, INN 31, PASSPORT 22,
// IP 19, BANK_ACCOUNT 13, CARD 12, OGRN 12, SNILS 10), written by hand by
// someone who saw neither the engine nor any other labelled file, while the
// engine was tuned on heldout94 and heldout95. It is the CRM of a last-mile
// courier company in Moscow, Kazan, Novosibirsk, Almaty and Tashkent with
// foreign e-commerce partners: couriers' onboarding (self-employed status,
// passports, INN, SNILS, driving licences, patents), shifts, route sheets,
// failed deliveries, damaged parcels, cash on delivery, payouts, fines, van
// rental, complaints, B2B requisites, privacy requests. Dispatcher chats,
// lower-case transcripts, e-mails with headers, quoted replies, forwards
// and signatures, CSV and pipe tables, JSON webhooks, payment, app and GPS
// logs. Names in every case, vocatives, capitals, Uzbek, Tajik, Kyrgyz and
// Kazakh names in both alphabets, honorifics outside (апай, опа). Addresses
// full and in chat shorthand ("Бауманская 7 кв 12", "Ленина 5 подъезд 2")
// with entrances and floors, Almaty (мкр.) and Tashkent (массив, квартал,
// Uzbek Latin), transliterated, foreign, spoken, pickup points and lockers.
// Negatives: tracking, order, route and shift numbers, driving licences,
// plates, VINs, fines, intercom, locker and PIN codes, GPS coordinates,
// versions, Kazakh BIN and IIN, Uzbek PINFL, migration cards, patents,
// masked cards, correspondent accounts, numbers with a wrong check digit.
//
// The engine was judged on it once, untuned, with rules-2025.57 (engine
// 1.55.0, commit ed7b153): BANK_ACCOUNT, EMAIL, IP, OGRN, PASSPORT, PHONE
// and SNILS 1.0, PERSON 0.979 (targets met); INN 0.967 and CARD 0.909 (two
// missed each) and ADDRESS 0.889 (19 missed: chat
// shorthand, Tashkent and Almaty layouts, spoken ones) miss their targets;
// 5.010% of PII characters leaked (700 of 13972: ADDRESS 554, PERSON 84,
// CARD 38, INN 24), against the target of 0.5%.
//
// It is no longer held out: after that run its misses (with heldout96's)
// drove rules-2025.58 (engine 1.56.0), which reads a CSV line's fields
// (";" or ",") under their header's name. With rules-2025.58: CARD and INN
// 1.0, ADDRESS 0.898 (misses: Tashkent's массив and квартал, Almaty's and
// Bishkek's microdistricts, spoken and transliterated ones), the other
// types as before; leak 4.387% (613 of 13972: ADDRESS 529, PERSON 84).

// heldout97Floor guards the tuned level.
var heldout97Floor = map[string]float64{
	TypeBankAccount: 0.99, TypeCard: 0.99, TypeEmail: 0.99, TypeINN: 0.99, TypeIP: 0.99, TypeOGRN: 0.99,
	TypePassport: 0.99, TypePhone: 0.99, TypeSNILS: 0.99, TypeAddress: 0.89, TypePerson: 0.97,
}

// heldout97MaxLeak: target 0.005; 5.010% untuned, 4.387% tuned.
const heldout97MaxLeak = 0.044

func TestHeldout97(t *testing.T) {
	corpusCheck{file: "testdata/heldout97.jsonl", name: "ninety-seventh held-out corpus", minMessages: 250,
		floors: heldout97Floor, everyType: true, maxLeak: heldout97MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
