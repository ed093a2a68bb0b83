package pii

import "testing"

// testdata/heldout1089.jsonl is the one-thousand-and-eighty-ninth held-out
// file: 280 messages (140 Russian, 140 English; 65 without personal data; 572
// gold spans: PERSON 298, ADDRESS 74, PHONE 60, EMAIL 39, IP 20, PASSPORT 19,
// INN 18, BANK_ACCOUNT 15, CARD 13, SNILS 8, OGRN 8), written by hand by
// someone who saw neither the engine nor any other labelled file, while the
// engine was tuned on files up to heldout1084. It is the CRM of a stove
// builder and chimney sweep service in the Moscow and Yaroslavl oblasts:
// Russian stoves and fireplaces built to order in country houses, chimney
// cleaning visits, sauna stoves, fire safety certificates. Its brief asked for
// chats, lower-case call transcripts with numbers said aloud, e-mails, CSV
// exports and pipe tables, logs with IPs, SMS, staff notes, contracts and
// forms; and for stoves and models named like people (печь «Бавария», 'Harvia
// Legend', камин «Людовик») as negatives; country house addresses by village,
// SNT and plot; masters by nickname (Печник, Михалыч); certificate and invoice
// numbers as negatives.
//
// The engine was judged on it once, untuned, with rules-2025.272 (engine
// 1.267.0, commit a62f320): every F1 target met (PERSON 0.976, ADDRESS 0.945,
// the other types 1.0); 3.849% of PII characters leaked (410 of 10651: ADDRESS
// 336, PERSON 74), against the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.273
// (engine 1.268.0), with those of the other files from heldout1085 to
// heldout1092: a district and its region after the house (Ростовский р-н
// Ярославской обл.). Left: an SNT before its urban district and plot, a
// village after a district in the prepositional (в Талдомском г.о., д.
// Станки), stove models named like people ("Louis"), a master's nickname
// (Печник, mikhalych). Tuned: PERSON 0.978, ADDRESS 0.959; 3.342% leaked (356
// of 10651).

// heldout1089Floor holds the tuned figures: the targets, all met.
var heldout1089Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.97, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout1089MaxLeak: target 0.005, missed untuned (3.849%), missed tuned (3.342%).
const heldout1089MaxLeak = 0.034

func TestHeldout1089(t *testing.T) {
	corpusCheck{file: "testdata/heldout1089.jsonl", name: "one-thousand-and-eighty-ninth held-out corpus", minMessages: 250,
		floors: heldout1089Floor, everyType: true, maxLeak: heldout1089MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
