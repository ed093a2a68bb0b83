package pii

import "testing"

// testdata/heldout209.jsonl is the two-hundred-and-ninth held-out file:
// 281 messages (140 Russian, 141 English; 60 without personal data; 502
// gold spans: PERSON 293, PHONE 55, ADDRESS 51, EMAIL 35, IP 15, INN 12,
// PASSPORT 11, BANK_ACCOUNT 10, CARD 9, OGRN 6, SNILS 5), written by hand
// by someone who saw neither the engine nor any other labelled file, while
// the engine was tuned on heldout206 and heldout207.
// It is the CRM of an insurance company's claims and sales call centre in
// Moscow, Nizhny Novgorod, Rostov-on-Don and Krasnoyarsk: ОСАГО and КАСКО
// claims and accident reports, flooded and burnt flats, houses and dachas,
// ДМС for corporate staff, travel claims from hospitals abroad, life
// insurance beneficiaries and deaths, surveyors' visits, subrogation,
// fraud checks, complaints to the Central Bank, deletion requests. Chats,
// lower-case call transcripts of elderly callers and relatives, e-mails
// with headers, quotes, forwards and signatures, web forms, SMS, CSV and
// pipe tables, OCR'd passports, a fax, portal, gateway and audit logs,
// JSON callbacks, payment requisites; foreign hospitals' addresses,
// "SURNAME/NAME MR". Every case form, diminutives, lower-case names;
// names that are also words used both ways; hospitals and streets named
// after people are no people. Negatives: policy, claim, act, invoice,
// case, order and court numbers, VINs, plates, ОМС, КПП, БИК,
// correspondent accounts, tracking and e-ticket numbers, masked cards,
// versions shaped like IPs, wrong check digits beside the right ones.
//
// The engine was judged on it once, untuned, with rules-2025.127 (engine
// 1.124.0, commit a975927): BANK_ACCOUNT 0.952 (an account the text calls
// wrong, "неверный счёт получателя", read as one) and OGRN 0.909 (an OGRN
// read into the address before it) missed their targets; ADDRESS 0.959 (Thai, Balinese and French
// addresses, a transliterated Russian one), PERSON 0.971 and the other
// types (1.0) met theirs; 2.379% of PII characters leaked (206 of 8660:
// ADDRESS 144, PERSON 62), against the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.129
// (engine 1.126.0), with those of heldout208: a requisite ends an English
// address ("Moscow, 115035, OGRN …"), a transliterated street word before
// "St.", "Voie", "No.100X". Tuned: OGRN 1.0, ADDRESS 0.990; BANK_ACCOUNT as
// untuned; 1.155% leaked (100 of 8660).

// heldout209Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout209Floor = map[string]float64{
	TypeBankAccount: 0.95, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.97, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout209MaxLeak: target 0.005, missed untuned (2.379%) and tuned (1.155%).
const heldout209MaxLeak = 0.012

func TestHeldout209(t *testing.T) {
	corpusCheck{file: "testdata/heldout209.jsonl", name: "two-hundred-and-ninth held-out corpus", minMessages: 250,
		floors: heldout209Floor, everyType: true, maxLeak: heldout209MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
