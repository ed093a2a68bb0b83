package pii

import "testing"

// testdata/heldout1195.jsonl is the one-thousand-one-hundred-and-ninety-fifth
// held-out file: 280 messages (140 Russian, 140 English; 64 without personal
// data; 566 gold spans: PERSON 298, ADDRESS 72, PHONE 58, EMAIL 38, IP 20,
// PASSPORT 19, INN 17, BANK_ACCOUNT 14, CARD 13, SNILS 9, OGRN 8), written by
// hand by someone who saw neither the engine nor any other labelled file,
// while the engine was tuned on files up to heldout1188. It is the CRM of a
// typography and printing house in Yaroslavl: business cards, wedding
// invitations with couples' names, books for authors, posters for concerts,
// delivery, proofs, reprints. Its brief asked for chats, lower-case call
// transcripts with numbers said aloud, e-mails, CSV exports and pipe tables,
// logs with IPs, SMS, staff notes, contracts and forms; and for names printed
// on business cards and invitations (they are PERSONs) beside names of fonts
// and paper brands as negatives (Helvetica, «Снегурочка» paper); order and
// ISBN numbers as negatives; authors' pen names; Jewish and Greek surnames.
//
// The engine was judged on it once, untuned, with rules-2025.287 (engine
// 1.282.0, commit 0ab0554): PASSPORT 0.947 missed its target; CARD 0.960
// missed its target; PERSON 0.954, ADDRESS 0.993, PHONE 0.983 and the other
// types (1.0) met theirs; 1.856% of PII characters leaked (186 of 10019:
// PERSON 149, CARD 18, ADDRESS 10, PASSPORT 9), against the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.288
// (engine 1.283.0), with those of the other files from heldout1189 to
// heldout1196: none of its own misses; the rules from the other files changed
// none of its figures. Left: names printed on invitations and covers in
// capitals (R. G. WINTER), authors' pen names in quotes, fonts and papers
// named like people (Max White, Neue Haas Unica), a card's number read out
// with thousands. Tuned: PERSON 0.954, ADDRESS 0.993, PHONE 0.983, PASSPORT
// 0.947, CARD 0.960; 1.856% leaked (186 of 10019).

// heldout1195Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout1195Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.959, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.946, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout1195MaxLeak: target 0.005, missed untuned (1.856%), missed tuned (1.856%).
const heldout1195MaxLeak = 0.019

func TestHeldout1195(t *testing.T) {
	corpusCheck{file: "testdata/heldout1195.jsonl", name: "one-thousand-one-hundred-and-ninety-fifth held-out corpus", minMessages: 250,
		floors: heldout1195Floor, everyType: true, maxLeak: heldout1195MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
