package pii

import "testing"

// testdata/heldout416.jsonl is the four-hundred-and-sixteenth held-out file:
// 280 messages (140 Russian, 140 English; 62 without personal data; 531 gold
// spans: PERSON 276, ADDRESS 74, PHONE 55, EMAIL 35, INN 17, IP 17, PASSPORT
// 17, CARD 14, BANK_ACCOUNT 12, OGRN 7, SNILS 7), written by hand by someone
// who saw neither the engine nor any other labelled file, while the engine
// was tuned on files up to heldout415. It is the CRM of a car-sharing
// service in Moscow, St Petersburg and Kazan: registrations with passport
// and driving licence checks, fines passed on to drivers, damage claims,
// billing disputes, blocked accounts, evacuated cars, corporate accounts.
// App chats, lower-case call transcripts with locations and phones in words,
// e-mails with headers, quotes and signatures, web forms, SMS and push
// texts, CSV trip exports, pipe tables of fines, telematics and billing logs
// with IPv4 and IPv6, coordinates and VINs, OCR'd passports and licences.
// Addresses where a car was left with no street word ("у дома Профсоюзная,
// 12"), fines' places as addresses, licences beside passports, users in
// every case form, corporate requisites beside their БИК. Negatives: licence
// numbers, plates, VINs, УИН and decree numbers, trip ids, promo codes,
// coordinates, КПП, БИК, к/с, masked cards, famous names, numbers with wrong
// check digits.
//
// The engine was judged on it once, untuned, with rules-2025.177 (engine
// 1.172.0, commit 8c79070): PASSPORT 0.849 missed its target (passports
// written as "tk1234567" or "CA12345AB", a passport beside a licence missed
// and two licences taken for passports); PERSON 0.982, ADDRESS 0.922 and the
// other types (1.0) met theirs; 3.580% of PII characters leaked (311 of
// 8688: PERSON 42, PASSPORT 29, ADDRESS 240), against the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.178
// (engine 1.173.0), with those of the other files from heldout416 to
// heldout418: a street without its word after "у дома" ("у дома Профсоюзная,
// 12"), a KYC log's "series_number=", spoken streets in English with the
// house after a comma or before "ulitsa" ("ulitsa baumana, fifty one", "9
// ulitsa ostrovskogo"); a driving licence after "DL" or "ВУ" is no longer a
// passport. Left: passports written as "tk1234567" or "CA12345AB", a street
// in a CSV cell, and lower-case surnames. Tuned: PERSON 0.982, PASSPORT
// 0.938, ADDRESS 0.966; 1.968% leaked (171 of 8688).

// heldout416Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout416Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.937, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout416MaxLeak: target 0.005, missed untuned (3.580%), missed tuned (1.968%).
const heldout416MaxLeak = 0.02

func TestHeldout416(t *testing.T) {
	corpusCheck{file: "testdata/heldout416.jsonl", name: "four-hundred-and-sixteenth held-out corpus", minMessages: 250,
		floors: heldout416Floor, everyType: true, maxLeak: heldout416MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
