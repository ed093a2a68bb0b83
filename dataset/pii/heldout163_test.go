package pii

import "testing"

// testdata/heldout163.jsonl is the hundred-and-sixty-third held-out file:
// 280 messages (140 Russian, 140 English; 58 without personal data; 500
// gold spans: PERSON 279, PHONE 60, EMAIL 40, ADDRESS 38, INN 21, IP 18,
// PASSPORT 13, OGRN 9, BANK_ACCOUNT 8, CARD 7, SNILS 7), written by hand by
// someone who saw neither the engine nor any other labelled file, while the
// engine was tuned on heldout160 and heldout161. It is the CRM of a
// fulfilment warehouse (3PL) serving online sellers: sellers' onboarding
// (sole traders and companies, directors' passports), inbound deliveries
// and acceptance acts, pick-and-pack, mis-sorts, couriers and drivers with
// truck plates, marketplace returns, damage claims, storage invoices and
// card payments, staff shifts and timesheets, complaints, deletion and
// access requests. Chats, lower-case call transcripts, e-mails with
// headers, quotes, forwards and signatures, forms, CSV, pipe and semicolon
// tables, OCR'd Russian and UK passports and powers of attorney, WMS,
// payment and marketplace API logs, SMS. Shops and products named after
// people («Мастерская Анны», "Olga's Candles", плед «Вера», кукла «Маша»)
// unlabelled next to real people (ИП Петрова); every case form,
// diminutives, initials, lower-case names, "SURNAME/NAME", titles outside;
// names that are also words both ways; a joke address labelled. Negatives:
// order, ticket, claim, invoice, ASN and RMA numbers, tracking numbers,
// EANs, SKUs, cells (A-12-3), pallets, VINs, plates, ОМС, КПП, БИК, ОКПО,
// correspondent accounts, a driving licence, masked cards, IP-shaped
// versions, wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.93 (engine
// 1.91.0, commit 76d0706): PASSPORT 0.963 (a truck's plate read as a
// passport) and SNILS 0.933 (a UK mobile whose digits pass the СНИЛС
// check) missed their targets, PERSON 0.933, PHONE 0.992 and the other
// types (1.0) met theirs; 1.474% of PII characters leaked (114 of 7734:
// PERSON 91, ADDRESS 23), against the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.94
// (engine 1.92.0), with those of heldout162: a UK number in its own layout
// is a phone even when its digits pass the СНИЛС check, a number after
// "plate" is no passport, shops and products named after people
// («Мастерская Анны», "Grace Candles"). With rules-2025.94: PERSON 0.948,
// the others 1.0; leak unchanged at 1.474% (114 of 7734: PERSON 91,
// ADDRESS 23).

// heldout163Floor guards the tuned level.
var heldout163Floor = map[string]float64{
	TypeBankAccount: 0.99, TypeCard: 0.99, TypeEmail: 0.99, TypeINN: 0.99, TypeIP: 0.99, TypeOGRN: 0.99,
	TypePassport: 0.99, TypePhone: 0.99, TypeSNILS: 0.99, TypeAddress: 0.99, TypePerson: 0.94,
}

// heldout163MaxLeak: target 0.005; 1.474% untuned and tuned.
const heldout163MaxLeak = 0.015

func TestHeldout163(t *testing.T) {
	corpusCheck{file: "testdata/heldout163.jsonl", name: "hundred-and-sixty-third held-out corpus", minMessages: 250,
		floors: heldout163Floor, everyType: true, maxLeak: heldout163MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
