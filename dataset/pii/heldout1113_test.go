package pii

import "testing"

// testdata/heldout1113.jsonl is the one-thousand-one-hundred-and-thirteenth
// held-out file: 280 messages (140 Russian, 140 English; 64 without personal
// data; 575 gold spans: PERSON 298, ADDRESS 75, PHONE 60, EMAIL 40, PASSPORT
// 20, IP 20, INN 18, BANK_ACCOUNT 15, CARD 13, SNILS 8, OGRN 8), written by
// hand by someone who saw neither the engine nor any other labelled file,
// while the engine was tuned on files up to heldout1108. It is the CRM of an
// orienteering and trail running events organiser in the Urals and Karelia:
// race registrations, participants' medical certificates, volunteers, timing
// chips, start lists, results, foreign runners. Its brief asked for chats,
// lower-case call transcripts with numbers said aloud, e-mails, CSV exports
// and pipe tables, logs with IPs, SMS, staff notes, contracts and forms; and
// for races and checkpoints named like people («Кубок Бажова», КП «Дед», 'Ural
// Ultra') as negatives; bib and chip numbers as negatives; participants in
// start lists with birth years and clubs; volunteers by nickname.
//
// The engine was judged on it once, untuned, with rules-2025.275 (engine
// 1.270.0, commit 81a19b8): every F1 target met (PERSON 0.959, ADDRESS 0.993,
// the other types 1.0); 1.900% of PII characters leaked (194 of 10210: PERSON
// 106, ADDRESS 74, PHONE 14), against the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.276
// (engine 1.271.0), with those of the other files from heldout1109 to
// heldout1116: none of its own misses; the rules from the other files changed
// none of its figures. Left: volunteers by nickname in a table (Шустрый,
// Борода), a site office's address in English with its room, races named after
// people. Tuned: PERSON 0.959, ADDRESS 0.993; 1.900% leaked (194 of 10210).

// heldout1113Floor holds the tuned figures: the targets, all met.
var heldout1113Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.97, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout1113MaxLeak: target 0.005, missed untuned (1.900%), missed tuned (1.900%).
const heldout1113MaxLeak = 0.02

func TestHeldout1113(t *testing.T) {
	corpusCheck{file: "testdata/heldout1113.jsonl", name: "one-thousand-one-hundred-and-thirteenth held-out corpus", minMessages: 250,
		floors: heldout1113Floor, everyType: true, maxLeak: heldout1113MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
