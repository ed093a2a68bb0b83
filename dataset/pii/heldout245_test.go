package pii

import "testing"

// testdata/heldout245.jsonl is the two-hundred-and-forty-fifth held-out
// file: 280 messages (140 Russian, 140 English; 60 without personal data;
// 545 gold spans: PERSON 281, PHONE 68, ADDRESS 66, PASSPORT 40, EMAIL 31,
// IP 17, INN 14, CARD 8, OGRN 8, BANK_ACCOUNT 8, SNILS 4), written by hand
// by someone who saw neither the engine nor any other labelled file, while
// the engine was tuned on heldout240 to heldout243.
// It is the CRM of a coach and minibus charter company in Sochi,
// Krasnodar, Kazan and Tbilisi: airport, hotel and home pick-ups, wedding
// and corporate transfers, tours across the border, drivers' rosters,
// payments, refunds, lost items, complaints, deletion requests. Chats,
// SMS, lower-case call transcripts (a house number in words), web forms,
// e-mails with headers, quotes, forwards and signatures, pipe, CSV and
// semicolon passenger lists and driver schedules, OCR'd Russian and UK
// passport pages, requisites, payment, login and GPS logs. Manifests in
// capitals, Georgian, Armenian, Tatar and Israeli names, drivers by first
// name, every case form, names that are also words used both ways; hotel
// addresses next to home addresses, Russian addresses in Latin letters.
// Negatives: booking, invoice, contract, claim and waybill numbers,
// plates, VINs, SKUs, tracking numbers, ОМС, КПП, БИК, ОКПО, masked cards,
// versions shaped like IPs, hotels and sights named after people, wrong
// check digits.
//
// The engine was judged on it once, untuned, with rules-2025.140 (engine
// 1.135.0, commit bad88d7): ADDRESS 0.899 (streets in lower case with
// their house and no keyword, "Kurortny Prospekt 89" read with its hotel
// before it, a highway's kilometre) and PASSPORT 0.961 (German passports'
// letter and digit numbers) missed their targets; PERSON 0.964 and the
// other types (1.0) met theirs; 2.632% of PII characters leaked (207 of
// 7865: ADDRESS 108, PERSON 72, PASSPORT 27), against the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.141
// (engine 1.136.0), with those of the other files from heldout244 to
// heldout251: a name that is also a word in a person's field ("Контактное
// лицо: Вера", "Представитель заказчика: Любовь"), a hotel before its
// address, a manifest's "SMITH, GRACE MRS". Tuned: ADDRESS 0.930 (now met),
// PERSON 0.970, PASSPORT as untuned; 2.250% leaked (177 of 7865).

// heldout245Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout245Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.96, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout245MaxLeak: target 0.005, missed untuned (2.632%) and tuned (2.250%).
const heldout245MaxLeak = 0.023

func TestHeldout245(t *testing.T) {
	corpusCheck{file: "testdata/heldout245.jsonl", name: "two-hundred-and-forty-fifth held-out corpus", minMessages: 250,
		floors: heldout245Floor, everyType: true, maxLeak: heldout245MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
