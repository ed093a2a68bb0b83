package pii

import "testing"

// testdata/heldout208.jsonl is the two-hundred-and-eighth held-out file:
// 281 messages (140 Russian, 141 English; 55 without personal data; 544
// gold spans: PERSON 276, ADDRESS 80, PHONE 64, EMAIL 37, PASSPORT 19, IP
// 16, CARD 15, INN 13, BANK_ACCOUNT 12, OGRN 7, SNILS 5), written by hand
// by someone who saw neither the engine nor any other labelled file, while
// the engine was tuned on heldout206 and heldout207.
// It is the CRM of a car-sharing and car-rental company in Moscow, St
// Petersburg, Sochi and Kaliningrad with a desk for foreign tourists:
// sign-ups and document checks, deposits and refunds, damage reports,
// towing, accidents with the other driver's details, traffic fines
// forwarded to drivers, corporate clients and sole traders, cars delivered
// to homes, blocked accounts, complaints, deletion requests. Chats, in-app
// messages, lower-case call transcripts (phones and addresses said in
// words), e-mails with headers, quotes, forwards and signatures, web forms,
// CSV and pipe tables, OCR'd passports and licences, an MRZ line, app,
// server and telematics logs, SMS; tourists' foreign phones, passports and
// addresses. Every case form, diminutives, a patronymic alone; names that
// are also words or car makes (Лада, Kia) used both ways; streets named
// after people with no house are no addresses. Negatives: fine (УИН),
// rental, booking, claim, invoice, tow and ticket numbers, plates, VINs,
// driving licences, policies, ОМС, КПП, БИК, ОКПО, correspondent accounts,
// fuel cards, masked cards, SMS codes, versions shaped like IPs, wrong
// check digits.
//
// The engine was judged on it once, untuned, with rules-2025.127 (engine
// 1.124.0, commit a975927): EMAIL 0.961 (three of the company's own
// addresses that the gold leaves unlabelled) and IP 0.970 (0.9697: a
// private address the gold leaves out) missed their targets; ADDRESS 0.968
// (streets in the dative and prepositional, "к Малой Морской, д. 8", "на
// Профсоюзной, 104"), PASSPORT 0.974, PERSON 0.984 and the other types
// (1.0) met theirs; 1.691% of PII characters leaked (151 of 8930: ADDRESS
// 111, PERSON 34, PASSPORT 6), against the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.129
// (engine 1.126.0), with those of heldout209: a driving licence's form
// fields, streets in oblique cases after "с", "во дворе" and before ", д.
// 8", a date after a street ("Shosse, 19 Aug"). Tuned: ADDRESS 0.994,
// PASSPORT 1.0, PERSON 0.986; EMAIL and IP as untuned (the gold's
// omissions); 1.254% leaked (112 of 8930).

// heldout208Floor holds the untuned figures: the targets where met, the measured level where not.
var heldout208Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.96, TypeINN: 0.97, TypeIP: 0.96, TypeOGRN: 0.97,
	TypePassport: 0.97, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout208MaxLeak: target 0.005, missed untuned (1.691%) and tuned (1.254%).
const heldout208MaxLeak = 0.013

func TestHeldout208(t *testing.T) {
	corpusCheck{file: "testdata/heldout208.jsonl", name: "two-hundred-and-eighth held-out corpus", minMessages: 250,
		floors: heldout208Floor, everyType: true, maxLeak: heldout208MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
