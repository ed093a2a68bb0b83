package pii

import "testing"

// testdata/heldout1045.jsonl is the one-thousand-and-forty-fifth held-out
// file: 280 messages (140 Russian, 140 English; 64 without personal data; 571
// gold spans: PERSON 300, ADDRESS 73, PHONE 58, EMAIL 39, PASSPORT 20, IP 20,
// INN 18, BANK_ACCOUNT 14, CARD 13, SNILS 8, OGRN 8), written by hand by
// someone who saw neither the engine nor any other labelled file, while the
// engine was tuned on files up to heldout1044. It is the CRM of a volunteer
// search-and-rescue squad in Tver and Yaroslavl oblasts: missing-person
// reports from relatives, volunteers' sign-ups, search operations,
// coordinators, equipment, donations, police liaison. Its brief asked for
// chats, lower-case call transcripts with numbers said aloud, e-mails, CSV
// exports and pipe tables, logs with IPs, SMS, staff notes, contracts and
// forms; and for missing people described by relatives in every case form
// (пропал Иванов Пётр Сергеевич, ищем бабушку Зою); call signs of volunteers
// that are words (Лис, Сова, Бизон) beside their real names; forest quarters,
// GPS coordinates and search sectors as negatives; villages and SNT plots as
// addresses.
//
// The engine was judged on it once, untuned, with rules-2025.267 (engine
// 1.262.0, commit c086a4a): PERSON 0.917 missed its target; PASSPORT 0.919
// missed its target; ADDRESS 0.986 and the other types (1.0) met theirs;
// 3.794% of PII characters leaked (385 of 10147: PERSON 197, ADDRESS 161,
// PASSPORT 27), against the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.268
// (engine 1.263.0), with those of the other files from heldout1045 to
// heldout1052: call signs after "позывной" (Енот, Бобр, Бизон, Медведь), an
// embankment read out. Left: call signs used alone as names (Лис, Сова, Бизон,
// Fox, Owl, Badger), lower-case call signs in radio talk, passports in a list
// after a country's code. Tuned: PERSON 0.925, ADDRESS 0.993, PASSPORT 0.919;
// 3.262% leaked (331 of 10147).

// heldout1045Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout1045Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.917, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout1045MaxLeak: target 0.005, missed untuned (3.794%), missed tuned (3.262%).
const heldout1045MaxLeak = 0.033

func TestHeldout1045(t *testing.T) {
	corpusCheck{file: "testdata/heldout1045.jsonl", name: "one-thousand-and-forty-fifth held-out corpus", minMessages: 250,
		floors: heldout1045Floor, everyType: true, maxLeak: heldout1045MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
