package pii

import "testing"

// testdata/heldout1225.jsonl is the one-thousand-two-hundred-and-twenty-fifth
// held-out file: 280 messages (140 Russian, 140 English; 64 without personal
// data; 560 gold spans: PERSON 297, ADDRESS 72, PHONE 57, EMAIL 37, PASSPORT
// 19, IP 19, INN 17, BANK_ACCOUNT 14, CARD 12, SNILS 8, OGRN 8), written by
// hand by someone who saw neither the engine nor any other labelled file,
// while the engine was tuned on files up to heldout1204. It is a ferry and car
// shipping line between Vanino, Kholmsk and Korsakov (Sakhalin) and
// Vladivostok: tickets, vehicle manifests, cabins, delays, freight. Its brief
// asked for chats, lower-case call transcripts with numbers said aloud,
// e-mails, CSV exports and pipe tables, logs with IPs, SMS, staff notes,
// contracts and forms; and for passenger manifests in capitals with passports;
// ship names after people (паром «Сахалин-9», «Капитан Хлебников») as
// negatives; vehicle plates and VINs as negatives; Korean, Nivkh and
// Ainu-sounding names; spoken addresses.
//
// The engine was judged on it once, untuned, with rules-2025.289 (engine
// 1.284.0, commit 05080cb): PASSPORT 0.857 missed its target; PERSON 0.959,
// PHONE 0.991 and the other types (1.0) met theirs; 1.967% of PII characters
// leaked (204 of 10371: PERSON 140, PASSPORT 38, ADDRESS 26), against the
// target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.291
// (engine 1.286.0), with those of the other files from heldout1221 to
// heldout1236: vocatives ("ксюш") and a caller's first name after "это" ("это
// вера из турфирмы"). Left: Korean names in capitals in manifests (ЧОЙ ХЕ
// ДЖИН, ШИН ЕН ХИ), ships named after people (Паром «Александр Деев», Капитан
// Хлебников), surnames that are words (макаров, соловей). Tuned: PERSON 0.964,
// PHONE 0.991, PASSPORT 0.857; 1.774% leaked (184 of 10371).

// heldout1225Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout1225Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.856, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout1225MaxLeak: target 0.005, missed untuned (1.967%), missed tuned (1.774%).
const heldout1225MaxLeak = 0.018

func TestHeldout1225(t *testing.T) {
	corpusCheck{file: "testdata/heldout1225.jsonl", name: "one-thousand-two-hundred-and-twenty-fifth held-out corpus", minMessages: 250,
		floors: heldout1225Floor, everyType: true, maxLeak: heldout1225MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
