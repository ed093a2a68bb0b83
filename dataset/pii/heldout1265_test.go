package pii

import "testing"

// testdata/heldout1265.jsonl is the one-thousand-two-hundred-and-sixty-fifth
// held-out file: 280 messages (140 Russian, 140 English; 63 without personal
// data; 557 gold spans: PERSON 295, ADDRESS 74, PHONE 60, EMAIL 33, PASSPORT
// 19, IP 19, INN 16, BANK_ACCOUNT 15, CARD 11, SNILS 8, OGRN 7), written by
// hand by someone who saw neither the engine nor any other labelled file,
// while the engine was tuned on files up to heldout1260. It is a home security
// camera and smart-intercom installer in Saratov: installations, subscribers,
// app accounts, service calls, HOA contracts. Its brief asked for chats,
// lower-case call transcripts with numbers said aloud, e-mails, CSV exports
// and pipe tables, logs with IPs, SMS, staff notes, contracts and forms; and
// for camera serial numbers and app logins as negatives; IPs of cameras;
// chairmen of HOAs (председатель ТСЖ) by surname; intercom codes and flat
// numbers; names of neighbours in complaints.
//
// The engine was judged on it once, untuned, with rules-2025.294 (engine
// 1.289.0, commit 5cbf43e): every F1 target met (PERSON 0.981, ADDRESS 0.993,
// the other types 1.0); 1.230% of PII characters leaked (120 of 9756: ADDRESS
// 59, PERSON 54, PHONE 7), against the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.295
// (engine 1.290.0), with those of the other files from heldout1261 to
// heldout1276: a Ukrainian surname in lower-case Latin in a transcript ("yes
// this is kovalenko the chair"), a partnership's chairman after its name
// ("Председатель ТСЖ «Ромашка» Дудко", "Председатель ТСЖ Лаптев"), Ded Moroz
// no person. Left: a surname in a list of residents (Ivanchenko (apt 40)), a
// nickname (Big Sam), a family in the plural (the Zimmermans), a spoken
// address (кутякова восемь). Tuned: PERSON 0.988, ADDRESS 0.993; 1.025% leaked
// (100 of 9756).

// heldout1265Floor holds the tuned figures: the targets, all met.
var heldout1265Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.97, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout1265MaxLeak: target 0.005, missed untuned (1.230%), missed tuned (1.025%).
const heldout1265MaxLeak = 0.011

func TestHeldout1265(t *testing.T) {
	corpusCheck{file: "testdata/heldout1265.jsonl", name: "one-thousand-two-hundred-and-sixty-fifth held-out corpus", minMessages: 250,
		floors: heldout1265Floor, everyType: true, maxLeak: heldout1265MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
