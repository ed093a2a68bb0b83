package pii

import "testing"

// testdata/heldout1068.jsonl is the one-thousand-and-sixty-eighth held-out
// file: 280 messages (140 Russian, 140 English; 64 without personal data; 561
// gold spans: PERSON 298, ADDRESS 70, PHONE 59, EMAIL 38, PASSPORT 19, IP 19,
// INN 18, BANK_ACCOUNT 14, CARD 11, SNILS 8, OGRN 7), written by hand by
// someone who saw neither the engine nor any other labelled file, while the
// engine was tuned on files up to heldout1060. It is the CRM of a sauna and
// bathhouse complex rental in Tyumen: bookings of banyas by the hour,
// banshchiki (bath attendants), corporate groups, lost items, damage, birthday
// parties. Its brief asked for chats, lower-case call transcripts with numbers
// said aloud, e-mails, CSV exports and pipe tables, logs with IPs, SMS, staff
// notes, contracts and forms; and for banyas and rooms named like people and
// words («Купчиха», «Барыня», зал «Емеля», 'Sultan') as negatives; bath
// attendants by nickname (Пар-Палыч, Веник); guests in many cases and in
// groups; car plates in the parking log as negatives.
//
// The engine was judged on it once, untuned, with rules-2025.269 (engine
// 1.264.0, commit b1e1567): PERSON 0.883 missed its target; ADDRESS 0.971, IP
// 0.974 and the other types (1.0) met theirs; 5.030% of PII characters leaked
// (501 of 9961: PERSON 337, ADDRESS 164), against the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.270
// (engine 1.265.0), with those of the other files from heldout1061 to
// heldout1068: none of its own misses; the rules from the other files changed
// none of its figures. Left: banyas named like people and words («Купчиха»,
// «Барыня», 'Sultan'), bath attendants' nicknames (Пар-Палыч, Веник). Tuned:
// PERSON 0.883, ADDRESS 0.971, IP 0.974; 5.030% leaked (501 of 9961).

// heldout1068Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout1068Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.97, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.881,
}

// heldout1068MaxLeak: target 0.005, missed untuned (5.030%), missed tuned (5.030%).
const heldout1068MaxLeak = 0.051

func TestHeldout1068(t *testing.T) {
	corpusCheck{file: "testdata/heldout1068.jsonl", name: "one-thousand-and-sixty-eighth held-out corpus", minMessages: 250,
		floors: heldout1068Floor, everyType: true, maxLeak: heldout1068MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
