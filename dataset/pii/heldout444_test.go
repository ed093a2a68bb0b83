package pii

import "testing"

// testdata/heldout444.jsonl is the four-hundred-and-forty-fourth held-out
// file: 280 messages (140 Russian, 140 English; 63 without personal data;
// 521 gold spans: PERSON 275, ADDRESS 70, PHONE 55, EMAIL 36, IP 16,
// PASSPORT 16, INN 15, BANK_ACCOUNT 13, CARD 11, OGRN 7, SNILS 7), written
// by hand by someone who saw neither the engine nor any other labelled file,
// while the engine was tuned on files up to heldout440. It is the CRM of an
// online programming school for children of Russian-speaking families in Tel
// Aviv, Berlin, Limassol, Belgrade and Tbilisi and in Russia: trial lessons,
// group schedules across time zones, parents' payments by foreign cards,
// teachers self-employed in Russia with their INN, certificates, refunds,
// complaints, Zoom links. Chats mixing Russian with Hebrew, German and
// Serbian words, lower-case call transcripts, e-mails with quoted replies
// and signatures, web forms, CSV group lists, pipe tables of payments,
// payment webhooks, LMS logs with IPv4 and IPv6, OCR'd contracts, SMS.
// Foreign addresses and phones, Hebrew, German and Serbian names in both
// scripts, children named with a parent. Negatives: Zoom IDs and passcodes,
// group codes, IBANs, famous scientists, characters, numbers with wrong
// check digits.
//
// The engine was judged on it once, untuned, with rules-2025.185 (engine
// 1.180.0, commit e83e99f): INN 0.966, PASSPORT 0.897 missed their targets
// (an INN repeated inside a receipt's link; an Israeli passport after
// "даркон", a Cypriot ID card of seven digits and a passport of letters and
// digits); PERSON 0.939, PHONE 0.972, ADDRESS 0.978 and the other types
// (1.0) met theirs; 4.434% of PII characters leaked (385 of 8682: PERSON
// 118, PHONE 39, INN 12, PASSPORT 24, ADDRESS 192), against the target of
// 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.186
// (engine 1.181.0), with those of the other files from heldout441 to
// heldout444: an INN repeated inside a receipt's link, brands named like
// people ("Tom Tailor", "Marc O'Polo", "Massimo Dutti"), and Hebrew and
// Serbian given names. Left: an Israeli passport and a Cypriot ID card
// without a word the engine knows, Serbian letters ("Јелена"), German and
// Serbian streets, foreign phones without their code, and famous people by
// full name, which older files label as persons. Tuned: INN 1.000 (now met),
// PERSON 0.971, PHONE 0.972, PASSPORT 0.897, ADDRESS 0.978; 3.329% leaked
// (289 of 8682).

// heldout444Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout444Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.896, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout444MaxLeak: target 0.005, missed untuned (4.434%), missed tuned (3.329%).
const heldout444MaxLeak = 0.034

func TestHeldout444(t *testing.T) {
	corpusCheck{file: "testdata/heldout444.jsonl", name: "four-hundred-and-forty-fourth held-out corpus", minMessages: 250,
		floors: heldout444Floor, everyType: true, maxLeak: heldout444MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
