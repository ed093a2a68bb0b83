package pii

import "testing"

// testdata/heldout1190.jsonl is the one-thousand-one-hundred-and-ninetieth
// held-out file: 280 messages (140 Russian, 140 English; 64 without personal
// data; 558 gold spans: PERSON 295, ADDRESS 71, PHONE 57, EMAIL 39, PASSPORT
// 19, IP 19, INN 17, BANK_ACCOUNT 14, CARD 10, SNILS 9, OGRN 8), written by
// hand by someone who saw neither the engine nor any other labelled file,
// while the engine was tuned on files up to heldout1188. It is the CRM of a
// local FM radio station and advertising agency in Vologda and Cherepovets: ad
// orders from shops, jingles, hosts, listener contests and prize winners, song
// requests, sponsorship contracts. Its brief asked for chats, lower-case call
// transcripts with numbers said aloud, e-mails, CSV exports and pipe tables,
// logs with IPs, SMS, staff notes, contracts and forms; and for prize winners
// named on air in transcripts with their streets; hosts' stage names and
// nicknames; song and band names that look like names as negatives
// («Валентина», «Michelle»); order and airtime numbers as negatives; Vepsian
// and Karelian surnames.
//
// The engine was judged on it once, untuned, with rules-2025.287 (engine
// 1.282.0, commit 0ab0554): PERSON 0.915 missed its target; ADDRESS 0.993,
// PHONE 0.982 and the other types (1.0) met theirs; 2.282% of PII characters
// leaked (218 of 9553: PERSON 133, ADDRESS 58, PHONE 27), against the target
// of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.288
// (engine 1.283.0), with those of the other files from heldout1189 to
// heldout1196: none of its own misses; the rules from the other files changed
// none of its figures. Left: songs named like people («Валентина», «Натали»,
// «Michelle», "Jolene"), hosts' stage names (Филин, Ночной Кот), listeners
// named in lower-case transcripts (вера, надежда и любовь), families in the
// plural (лукины, смирновы). Tuned: PERSON 0.915, ADDRESS 0.993, PHONE 0.982;
// 2.282% leaked (218 of 9553).

// heldout1190Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout1190Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.97, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.913,
}

// heldout1190MaxLeak: target 0.005, missed untuned (2.282%), missed tuned (2.282%).
const heldout1190MaxLeak = 0.023

func TestHeldout1190(t *testing.T) {
	corpusCheck{file: "testdata/heldout1190.jsonl", name: "one-thousand-one-hundred-and-ninetieth held-out corpus", minMessages: 250,
		floors: heldout1190Floor, everyType: true, maxLeak: heldout1190MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
