package pii

import "testing"

// testdata/heldout1157.jsonl is the one-thousand-one-hundred-and-fifty-seventh
// held-out file: 280 messages (140 Russian, 140 English; 65 without personal
// data; 570 gold spans: PERSON 295, ADDRESS 74, PHONE 60, EMAIL 40, PASSPORT
// 20, IP 19, INN 18, BANK_ACCOUNT 15, CARD 12, SNILS 9, OGRN 8), written by
// hand by someone who saw neither the engine nor any other labelled file,
// while the engine was tuned on files up to heldout1148. It is the CRM of a
// fence and gate installation company in Belgorod and Kursk: site measurements
// at private houses and dachas, estimates, welders' crews, automatic gates,
// material deliveries, warranty repairs, payments in instalments. Its brief
// asked for chats, lower-case call transcripts with numbers said aloud,
// e-mails, CSV exports and pipe tables, logs with IPs, SMS, staff notes,
// contracts and forms; and for welders by nickname (Сварной, Гвоздь, Якут);
// village and SNT addresses with plot numbers read out in transcripts; gate
// and profile model codes (RAL 8017, С-8, Doorhan) as negatives; Ukrainian and
// Belarusian surnames in every case; neighbours named by the client.
//
// The engine was judged on it once, untuned, with rules-2025.281 (engine
// 1.276.0, commit 19ea119): PERSON 0.903 missed its target; ADDRESS 0.959, IP
// 0.973 and the other types (1.0) met theirs; 5.113% of PII characters leaked
// (536 of 10484: PERSON 344, ADDRESS 183, IP 9), against the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.283
// (engine 1.278.0), with those of the other files from heldout1157 to
// heldout1164: none of its own misses; the rules from the other files changed
// none of its figures. Left: welders' nicknames that are words (Сварной,
// Гвоздь, Якут, Gvozd, Svarnoy), lower-case surnames in transcripts after "у"
// and "пусть" (грицко, мазура, ляховича), families in the plural (зайцевы), a
// street with an ordinal in its name (ул. Бойцов 9-й Дивизии). Tuned: PERSON
// 0.903, ADDRESS 0.959, IP 0.973; 5.113% leaked (536 of 10484).

// heldout1157Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout1157Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.97, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.902,
}

// heldout1157MaxLeak: target 0.005, missed untuned (5.113%), missed tuned (5.113%).
const heldout1157MaxLeak = 0.052

func TestHeldout1157(t *testing.T) {
	corpusCheck{file: "testdata/heldout1157.jsonl", name: "one-thousand-one-hundred-and-fifty-seventh held-out corpus", minMessages: 250,
		floors: heldout1157Floor, everyType: true, maxLeak: heldout1157MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
