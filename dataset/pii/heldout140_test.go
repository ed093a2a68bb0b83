package pii

import "testing"

// testdata/heldout140.jsonl is the hundred-and-fortieth held-out file: 280
// messages (140 Russian, 140 English; 59 without personal data; 498 gold
// spans: PERSON 262, EMAIL 61, PHONE 48, IP 41, ADDRESS 31, INN 14, CARD 13,
// PASSPORT 10, BANK_ACCOUNT 8, OGRN 6, SNILS 4), written by hand by someone
// who saw neither the engine nor any other labelled file, while the engine
// was tuned on heldout136 to heldout139. It is the player-support CRM of a
// mobile game studio with players in Russia, Kazakhstan, Europe and the
// US: in-app purchase refunds, double charges, chargebacks, hacked and
// recovered accounts, bans and appeals, anti-cheat logs; parents and
// guardians of minors asking for refunds or deletion; 152-FZ, GDPR and
// COPPA requests; influencers' and partners' contracts and requisites.
// Chats, lower-case call transcripts, e-mails with headers, quotes,
// forwards and signatures, in-game forms, CSV, pipe tables and JSON;
// payment gateway, Stripe, Google Play and login logs with IPv4 and IPv6,
// crash and device logs, SMS and push templates. Every case form and
// diminutive, lower-case names, parents and children sharing a surname,
// SURNAME/NAME lines; nicknames and game heroes named like people (Hope,
// Grace, Max, «Артур», "Captain Ivan") and names that are also words,
// unlabelled as such. Negatives: IP-shaped versions and builds, device
// IDs, order, ticket, contract and receipt numbers, tracking numbers, a
// VIN, a plate, КПП, БИК, ОКПО, correspondent accounts, masked cards, OTP
// codes, wrong check digits; the studio's own addresses and hotlines are
// labelled.
//
// The engine was judged on it once, untuned, with rules-2025.81 (engine
// 1.79.0, commit 38d50fa): every type met its target (ADDRESS 0.969, IP
// 0.976, PERSON 0.941: game heroes and nicknames read as people, PHONE
// 0.990, the others 1.0), and so did the leak: 0.440% of PII characters (35
// of 7961: PERSON 31, ADDRESS 4), under the target of 0.5%, the first
// untuned file to meet it since heldout44.
//
// It is no longer held out: after that run its misses drove rules-2025.82
// (engine 1.80.0), with heldout141's: a game's heroes and skins ("Мой герой
// Артур", "скин «Королева Роза»"), a tracking number on the line under a
// phone's, a decimal after a name is no house ("канал MaxPlays, 1,2 млн"),
// a month before a day is a date, not a street ("Effective July 1, 2025"),
// a log's client version beside its IP ("client=4.0.1.3"), a build's number
// after "билд". With rules-2025.82: PERSON 0.950, the others 1.0; leak
// 0.440% (35 of 7961: PERSON 31, ADDRESS 4), still under the target.

// heldout140Floor guards the tuned level.
var heldout140Floor = map[string]float64{
	TypeBankAccount: 0.99, TypeCard: 0.99, TypeEmail: 0.99, TypeINN: 0.99, TypeIP: 0.99, TypeOGRN: 0.99,
	TypePassport: 0.99, TypePhone: 0.99, TypeSNILS: 0.99, TypeAddress: 0.99, TypePerson: 0.95,
}

// heldout140MaxLeak: target 0.005; 0.440% untuned and tuned, both under it.
const heldout140MaxLeak = 0.005

func TestHeldout140(t *testing.T) {
	corpusCheck{file: "testdata/heldout140.jsonl", name: "hundred-and-fortieth held-out corpus", minMessages: 250,
		floors: heldout140Floor, everyType: true, maxLeak: heldout140MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
