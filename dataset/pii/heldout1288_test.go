package pii

import "testing"

// testdata/heldout1288.jsonl is the one-thousand-two-hundred-and-eighty-eighth
// held-out file: 280 messages (140 Russian, 140 English; 64 without personal
// data; 555 gold spans: PERSON 295, ADDRESS 72, PHONE 57, EMAIL 38, IP 19,
// PASSPORT 18, INN 16, BANK_ACCOUNT 13, CARD 12, SNILS 8, OGRN 7), written by
// hand by someone who saw neither the engine nor any other labelled file,
// while the engine was tuned on files up to heldout1284. It is a call centre
// outsourcing company in Ryazan serving banks and shops: agents, shift
// rosters, quality audits of calls, client escalations, recordings. Its brief
// asked for chats, lower-case call transcripts with numbers said aloud,
// e-mails, CSV exports and pipe tables, logs with IPs, SMS, staff notes,
// contracts and forms; and for agents identified by login and first name;
// customers' details read out in recorded calls; script texts with template
// names ({ИМЯ}, [Name]) as negatives; lower-case transcripts.
//
// The engine was judged on it once, untuned, with rules-2025.296 (engine
// 1.291.0, commit 7977a2e): INN 0.968 missed its target; PERSON 0.974, ADDRESS
// 0.993, PHONE 0.983, IP 0.974 and the other types (1.0) met theirs; 1.993% of
// PII characters leaked (202 of 10136: ADDRESS 141, PERSON 61), against the
// target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.297
// (engine 1.292.0), with those of the other files from heldout1285 to
// heldout1292: none of its own misses; the rules from the other files changed
// none of its figures. Left: agents by first name before their login (Дина
// (d.sharipova), Mark (m.petrov)), a two-word Irish name in a pipe table
// (О'Нил Кевин), an INN after "TIN/INN" read as a phone, an English address
// with "Sh." for shosse. Tuned: PERSON 0.974, ADDRESS 0.993, PHONE 0.983, INN
// 0.968, IP 0.974; 1.993% leaked (202 of 10136).

// heldout1288Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout1288Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.966, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.97, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout1288MaxLeak: target 0.005, missed untuned (1.993%), missed tuned (1.993%).
const heldout1288MaxLeak = 0.02

func TestHeldout1288(t *testing.T) {
	corpusCheck{file: "testdata/heldout1288.jsonl", name: "one-thousand-two-hundred-and-eighty-eighth held-out corpus", minMessages: 250,
		floors: heldout1288Floor, everyType: true, maxLeak: heldout1288MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
