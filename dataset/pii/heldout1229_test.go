package pii

import "testing"

// testdata/heldout1229.jsonl is the one-thousand-two-hundred-and-twenty-ninth
// held-out file: 280 messages (140 Russian, 140 English; 64 without personal
// data; 554 gold spans: PERSON 289, ADDRESS 71, PHONE 58, EMAIL 39, IP 20,
// PASSPORT 19, INN 17, BANK_ACCOUNT 14, CARD 11, SNILS 8, OGRN 8), written by
// hand by someone who saw neither the engine nor any other labelled file,
// while the engine was tuned on files up to heldout1220. It is a reindeer
// herding cooperative and ethno-tourism camp in Yamal and the Nenets okrug:
// tours, meat and antler sales, helicopter transfers, permits. Its brief asked
// for chats, lower-case call transcripts with numbers said aloud, e-mails, CSV
// exports and pipe tables, logs with IPs, SMS, staff notes, contracts and
// forms; and for Nenets, Khanty and Komi names; herders by nickname; camp
// names after people as negatives; satellite phone numbers; lower-case
// transcripts with names after prepositions; trading-post addresses without
// streets.
//
// The engine was judged on it once, untuned, with rules-2025.290 (engine
// 1.285.0, commit 5466249): PASSPORT 0.914 missed its target; PERSON 0.924,
// ADDRESS 0.929 and the other types (1.0) met theirs; 6.182% of PII characters
// leaked (591 of 9560: ADDRESS 322, PERSON 242, PASSPORT 27), against the
// target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.291
// (engine 1.286.0), with those of the other files from heldout1221 to
// heldout1236: a patronymic said alone ("с петровичем"). Left: Nenets surnames
// and names no table knows (Вылко, Хатанзея, Пырерки, ядне, хэно, Okotetto),
// herders by nickname (Кудрявого, Seal, Curly). Tuned: PERSON 0.926, ADDRESS
// 0.929, PASSPORT 0.914; 6.077% leaked (581 of 9560).

// heldout1229Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout1229Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.913, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout1229MaxLeak: target 0.005, missed untuned (6.182%), missed tuned (6.077%).
const heldout1229MaxLeak = 0.061

func TestHeldout1229(t *testing.T) {
	corpusCheck{file: "testdata/heldout1229.jsonl", name: "one-thousand-two-hundred-and-twenty-ninth held-out corpus", minMessages: 250,
		floors: heldout1229Floor, everyType: true, maxLeak: heldout1229MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
