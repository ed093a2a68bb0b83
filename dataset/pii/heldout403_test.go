package pii

import "testing"

// testdata/heldout403.jsonl is the four-hundred-and-third held-out file:
// 277 messages (139 Russian, 138 English; 62 without personal data; 508
// gold spans: PERSON 268, EMAIL 56, PHONE 39, ADDRESS 34, IP 34, CARD 28,
// PASSPORT 15, INN 12, BANK_ACCOUNT 10, OGRN 8, SNILS 4), written by hand
// by someone who saw neither the engine nor any other labelled file, while
// the engine was tuned on files up to heldout399. It is the CRM of a
// mobile game studio's player support in Moscow, Kazan and Minsk: account
// recovery and 2FA, purchases and refunds, chargebacks, cheating bans and
// appeals, parents' complaints about children's purchases, bug reports,
// esports prizes, partners and influencers, new employees' forms, GDPR and
// 152-FZ requests. Chats, in-app tickets, lower-case call transcripts,
// e-mails with headers, quotes and signatures, web forms, SMS, OCR'd
// passports of five countries, CSV and pipe purchase lists with full and
// masked cards, game-server, anticheat and payment logs. Real names beside
// nicknames that contain names, children beside parents, "Robert "Bobby"
// Kline", every case form. Negatives: in-game characters (Captain Jack,
// Баба Яга, Alice, Old Man Jenkins), Марк Аврелий, Ярослав Мудрый,
// nicknames (DarkKnight_77, «Котик2010»), Jordan the country, ARNs, test
// PANs, masked cards, КПП, БИК, wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.174 (engine
// 1.169.0, commit fa120a6): every F1 target met (ADDRESS 0.971, PERSON
// 0.956, PHONE 0.987, the other types 1.0); 0.928% of PII characters
// leaked (74 of 7975: PERSON 35, ADDRESS 33, PASSPORT 6), against the
// target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.176
// (engine 1.171.0), with those of the other files from heldout400 to
// heldout411: a suite before a four-digit house ("Suite 400, 1200 Bay
// Street, Toronto") and a scan's surname label without its colon ("Surname
// WHITMORE"). Left: names that are words and famous namesakes. Tuned: PERSON
// 0.958, PHONE 0.987; 0.476% leaked (38 of 7975), within the target.

// heldout403Floor holds the tuned figures: the targets, all met.
var heldout403Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.97, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout403MaxLeak: target 0.005, missed untuned (0.928%), met tuned (0.476%).
const heldout403MaxLeak = 0.005

func TestHeldout403(t *testing.T) {
	corpusCheck{file: "testdata/heldout403.jsonl", name: "four-hundred-and-third held-out corpus", minMessages: 250,
		floors: heldout403Floor, everyType: true, maxLeak: heldout403MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
