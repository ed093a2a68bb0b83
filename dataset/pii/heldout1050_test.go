package pii

import "testing"

// testdata/heldout1050.jsonl is the one-thousand-and-fiftieth held-out file:
// 280 messages (140 Russian, 140 English; 65 without personal data; 561 gold
// spans: PERSON 296, ADDRESS 69, PHONE 59, EMAIL 39, IP 20, PASSPORT 19, INN
// 17, BANK_ACCOUNT 14, CARD 12, SNILS 8, OGRN 8), written by hand by someone
// who saw neither the engine nor any other labelled file, while the engine was
// tuned on files up to heldout1044. It is the CRM of a bowling and billiards
// club with a bar in Samara: lane bookings, corporate parties, leagues,
// tournaments, lost items, bar tabs, staff shifts. Its brief asked for chats,
// lower-case call transcripts with numbers said aloud, e-mails, CSV exports
// and pipe tables, logs with IPs, SMS, staff notes, contracts and forms; and
// for teams named after people («Дюжина Петровича», 'Big Lebowski') as
// negatives; players by nickname (Шар, Страйк, Кий); famous players (Ронни
// О'Салливан) as negatives; league tables in pipe form with names and scores;
// lanes and tables by number.
//
// The engine was judged on it once, untuned, with rules-2025.267 (engine
// 1.262.0, commit c086a4a): PERSON 0.886 missed its target; ADDRESS 0.963,
// PHONE 0.991, PASSPORT 0.974 and the other types (1.0) met theirs; 3.044% of
// PII characters leaked (308 of 10118: PERSON 179, ADDRESS 129), against the
// target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.268
// (engine 1.263.0), with those of the other files from heldout1045 to
// heldout1052: teams named for a patronymic in quotes («Дюжина Петровича»), a
// film's name, a highway read out, a mobile read out near a passport's word.
// Left: players' nicknames (Шар, Кий, Страйк), teams in English possessives
// (Petrovich's Dozen), famous players. Tuned: PERSON 0.910, ADDRESS 0.971;
// 2.629% leaked (266 of 10118).

// heldout1050Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout1050Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.97, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.908,
}

// heldout1050MaxLeak: target 0.005, missed untuned (3.044%), missed tuned (2.629%).
const heldout1050MaxLeak = 0.027

func TestHeldout1050(t *testing.T) {
	corpusCheck{file: "testdata/heldout1050.jsonl", name: "one-thousand-and-fiftieth held-out corpus", minMessages: 250,
		floors: heldout1050Floor, everyType: true, maxLeak: heldout1050MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
