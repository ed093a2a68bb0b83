package pii

import "testing"

// testdata/heldout151.jsonl is the hundred-and-fifty-first held-out file:
// 280 messages (140 Russian, 140 English; 62 without personal data; 597
// gold spans: PERSON 337, PHONE 73, EMAIL 36, ADDRESS 33, PASSPORT 30, INN
// 21, IP 19, BANK_ACCOUNT 18, CARD 13, OGRN 9, SNILS 8), written by hand by
// someone who saw neither the engine nor any other labelled file, while the
// engine was tuned on heldout146 to heldout149. It is the CRM of a hunting,
// fishing and outdoor tour operator in Karelia, the Altai and Kamchatka:
// tour and lodge bookings, hunting and fishing licences, weapons import
// permits, guides' contracts and payouts, card prepayments and refunds,
// helicopter flights and transfers, foreign tourists' visas, rescue
// incidents, complaints, deletion requests. Chats, lower-case call
// transcripts, e-mails with headers, quotes, forwards and signatures,
// forms, CSV and pipe tables, OCR'd passport pages, payment, booking and
// web-server logs, satellite messages, SMS. Every case form, diminutives,
// lower-case names, nicknames built from names ("Палыч", "Big Mike")
// labelled; lodges, lakes and peaks named after people («У Михалыча»,
// озеро Ивановское, Пик Ленина) and dogs and horses with people's names
// unlabelled; names that are also words both ways. Russian rural and city
// addresses, foreign addresses. Negatives: booking, voucher, licence,
// permit, invoice, flight, ticket and tracking numbers, weapons' serial
// numbers, VINs, plates, ОМС, КПП, БИК, correspondent accounts, masked
// cards, IP-shaped versions, coordinates, wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.86 (engine
// 1.84.0, commit d6dd4e3): PASSPORT 0.968 missed its target (a licence's
// series and number and an 8-digit number read as passports), ADDRESS
// 0.985, PERSON 0.946 and the other types (1.0) met theirs; 1.786% of PII
// characters leaked (154 of 8624: PERSON 115, ADDRESS 39), against the
// target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.87
// (engine 1.85.0), with those of heldout150: a licence's and a gun permit's
// series and number are no passport, lodges («У Палыча», Lodge "Lyubov"),
// horses and peaks named after people are no persons, "Vorname" labels a
// given name, Semyonych in Latin letters is a nickname. With
// rules-2025.87: PERSON 0.965, ADDRESS 0.985, the others 1.0; leak 1.461%
// (126 of 8624: PERSON 87, ADDRESS 39).

// heldout151Floor guards the tuned level.
var heldout151Floor = map[string]float64{
	TypeBankAccount: 0.99, TypeCard: 0.99, TypeEmail: 0.99, TypeINN: 0.99, TypeIP: 0.99, TypeOGRN: 0.99,
	TypePassport: 0.99, TypePhone: 0.99, TypeSNILS: 0.99, TypeAddress: 0.98, TypePerson: 0.96,
}

// heldout151MaxLeak: target 0.005; 1.786% untuned, 1.461% tuned.
const heldout151MaxLeak = 0.015

func TestHeldout151(t *testing.T) {
	corpusCheck{file: "testdata/heldout151.jsonl", name: "hundred-and-fifty-first held-out corpus", minMessages: 250,
		floors: heldout151Floor, everyType: true, maxLeak: heldout151MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
