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
// CARD 38, INN 24), against the target of 0.5%. It has not been tuned on:
// these are held-out figures.

// heldout97Floor holds the untuned figures: the target where it
// was met, the measured value where it was not.
var heldout97Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.90, TypeEmail: 0.97, TypeINN: 0.96, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.97, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.88, TypePerson: 0.92,
}

// heldout97MaxLeak: target 0.005, missed (5.010%).
const heldout97MaxLeak = 0.051

func TestHeldout97(t *testing.T) {
	corpusCheck{file: "testdata/heldout97.jsonl", name: "ninety-seventh held-out corpus", minMessages: 250,
		floors: heldout97Floor, everyType: true, maxLeak: heldout97MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
