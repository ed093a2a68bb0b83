package pii

import "testing"

// testdata/heldout1149.jsonl is the one-thousand-one-hundred-and-forty-ninth
// held-out file: 280 messages (140 Russian, 140 English; 63 without personal
// data; 568 gold spans: PERSON 298, ADDRESS 69, PHONE 60, EMAIL 40, PASSPORT
// 20, IP 20, INN 18, BANK_ACCOUNT 14, CARD 12, SNILS 9, OGRN 8), written by
// hand by someone who saw neither the engine nor any other labelled file,
// while the engine was tuned on files up to heldout1140. It is the CRM of a
// karaoke bar and banquet hall in Ufa and Sterlitamak: table and room
// bookings, birthday and corporate parties, deposits, song queue, lost items,
// staff shifts, complaints, noise claims from neighbours. Its brief asked for
// chats, lower-case call transcripts with numbers said aloud, e-mails, CSV
// exports and pipe tables, logs with IPs, SMS, staff notes, contracts and
// forms; and for song titles with names as negatives («Владимирский централ»,
// «Катюша», «Лаванда», 'Jolene', 'Roxanne'); singers and bands (Лепс,
// Пугачёва, Земфира, ABBA) as negatives; guests by nickname on the song queue;
// names in toasts and greetings on cakes; Bashkir and Tatar names in every
// case.
//
// The engine was judged on it once, untuned, with rules-2025.280 (engine
// 1.275.0, commit c936ad9): PERSON 0.917 missed its target; IP 0.952 missed
// its target; ADDRESS 0.993, PASSPORT 0.974 and the other types (1.0) met
// theirs; 2.492% of PII characters leaked (247 of 9913: ADDRESS 124, PERSON
// 114, PASSPORT 9), against the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.282
// (engine 1.277.0), with those of the other files from heldout1149 to
// heldout1156: versions deployed and rolled back that look like IPs (CRM
// 10.4.22.1 deployed, roll back to 10.4.21.7). Left: guests and staff by
// nickname or a word (Зайка, Толстый, Orel, Foxy), song titles and singers
// named like people ('Sweet Caroline', 'Billie Jean', Земфира, Tom Jones),
// lower-case names in toasts (jack, tom and anna's wedding). Tuned: PERSON
// 0.919, ADDRESS 0.993, PASSPORT 0.974; 2.451% leaked (243 of 9913).

// heldout1149Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout1149Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.97, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.918,
}

// heldout1149MaxLeak: target 0.005, missed untuned (2.492%), missed tuned (2.451%).
const heldout1149MaxLeak = 0.025

func TestHeldout1149(t *testing.T) {
	corpusCheck{file: "testdata/heldout1149.jsonl", name: "one-thousand-one-hundred-and-forty-ninth held-out corpus", minMessages: 250,
		floors: heldout1149Floor, everyType: true, maxLeak: heldout1149MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
