package pii

import "testing"

// testdata/heldout1105.jsonl is the one-thousand-one-hundred-and-fifth
// held-out file: 280 messages (140 Russian, 140 English; 64 without personal
// data; 561 gold spans: PERSON 295, ADDRESS 72, PHONE 58, EMAIL 38, IP 20,
// PASSPORT 19, INN 18, BANK_ACCOUNT 14, CARD 12, SNILS 8, OGRN 7), written by
// hand by someone who saw neither the engine nor any other labelled file,
// while the engine was tuned on files up to heldout1100. It is the CRM of a
// tow truck and car evacuation service in Krasnodar and Sochi: calls from
// drivers, roadside addresses by highway kilometre, impound lots, insurance
// claims, drivers' payouts. Its brief asked for chats, lower-case call
// transcripts with numbers said aloud, e-mails, CSV exports and pipe tables,
// logs with IPs, SMS, staff notes, contracts and forms; and for car models
// named like people (Kia Rio as 'Rio', Renault Logan, «Лада Калина») as
// negatives; addresses by highway and kilometre and by landmarks; drivers by
// nickname; claim and plate numbers as negatives.
//
// The engine was judged on it once, untuned, with rules-2025.274 (engine
// 1.269.0, commit d2985e9): ADDRESS 0.885 missed its target; PERSON 0.954 and
// the other types (1.0) met theirs; 7.115% of PII characters leaked (678 of
// 9529: ADDRESS 582, PERSON 89, PHONE 7), against the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.275
// (engine 1.270.0), with those of the other files from heldout1102 to
// heldout1108: none of its own misses; the rules from the other files changed
// none of its figures. Left: highway kilometres as addresses (М-4 «Дон»,
// 1312-й км; A-147 at km 96), which older files mostly leave unlabelled; cars
// named like people (Logan, Kalina, Rio); drivers by nickname (Tiny, Doc,
// Shorty). Tuned: PERSON 0.954, ADDRESS 0.885; 7.115% leaked (678 of 9529).

// heldout1105Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout1105Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.97, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.884, TypePerson: 0.92,
}

// heldout1105MaxLeak: target 0.005, missed untuned (7.115%), missed tuned (7.115%).
const heldout1105MaxLeak = 0.072

func TestHeldout1105(t *testing.T) {
	corpusCheck{file: "testdata/heldout1105.jsonl", name: "one-thousand-one-hundred-and-fifth held-out corpus", minMessages: 250,
		floors: heldout1105Floor, everyType: true, maxLeak: heldout1105MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
