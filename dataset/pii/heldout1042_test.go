package pii

import "testing"

// testdata/heldout1042.jsonl is the one-thousand-and-forty-second held-out
// file: 280 messages (140 Russian, 140 English; 65 without personal data; 568
// gold spans: PERSON 296, ADDRESS 73, PHONE 59, EMAIL 39, PASSPORT 20, IP 20,
// INN 18, BANK_ACCOUNT 15, CARD 12, SNILS 8, OGRN 8), written by hand by
// someone who saw neither the engine nor any other labelled file, while the
// engine was tuned on files up to heldout1028. It is the CRM of a sambo and
// judo wrestling school in Kazan and Makhachkala: athletes, parents, coaches,
// tournaments, weigh-ins, medical certificates, travel to competitions, fees,
// sponsorship. Its brief asked for chats, lower-case call transcripts with
// numbers said aloud, e-mails, CSV exports and pipe tables, logs with IPs,
// SMS, staff notes, contracts and forms; and for Dagestani (Avar, Dargin,
// Lezgin), Tatar and Russian names in every case, with patronymics; athletes
// by nicknames that are words (Танк, Малыш); famous wrestlers (Хабиб
// Нурмагомедов, Фёдор Емельяненко) as negatives; tournaments named after
// people (турнир памяти Харлампиева) as negatives; weight categories and
// ranks.
//
// The engine was judged on it once, untuned, with rules-2025.266 (engine
// 1.261.0, commit 107315e): BANK_ACCOUNT 0.968 missed its target; PERSON
// 0.943, ADDRESS 0.986, IP 0.974 and the other types (1.0) met theirs; 1.606%
// of PII characters leaked (167 of 10400: PERSON 111, ADDRESS 43, IP 13),
// against the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.267
// (engine 1.262.0), with those of the other files from heldout1029 to
// heldout1044: a black belt's grade (1st dan), memorial tournaments named with
// initials. Left: famous fighters whom other files label as people (Хабиб
// Нурмагомедов), nicknames that are words (Танк, Малыш, Медведь). Tuned:
// PERSON 0.951, ADDRESS 0.986, IP 0.974, BANK_ACCOUNT 0.968; 1.548% leaked
// (161 of 10400).

// heldout1042Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout1042Floor = map[string]float64{
	TypeBankAccount: 0.966, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.97, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout1042MaxLeak: target 0.005, missed untuned (1.606%), missed tuned (1.548%).
const heldout1042MaxLeak = 0.016

func TestHeldout1042(t *testing.T) {
	corpusCheck{file: "testdata/heldout1042.jsonl", name: "one-thousand-and-forty-second held-out corpus", minMessages: 250,
		floors: heldout1042Floor, everyType: true, maxLeak: heldout1042MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
