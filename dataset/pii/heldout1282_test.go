package pii

import "testing"

// testdata/heldout1282.jsonl is the one-thousand-two-hundred-and-eighty-second
// held-out file: 280 messages (140 Russian, 140 English; 63 without personal
// data; 566 gold spans: PERSON 296, ADDRESS 73, PHONE 59, EMAIL 40, IP 20,
// PASSPORT 19, INN 17, BANK_ACCOUNT 15, CARD 11, SNILS 8, OGRN 8), written by
// hand by someone who saw neither the engine nor any other labelled file,
// while the engine was tuned on files up to heldout1276. It is a school
// library and children's book club network in Ufa: readers, parents,
// librarians, lost books, author visits, reading contests. Its brief asked for
// chats, lower-case call transcripts with numbers said aloud, e-mails, CSV
// exports and pipe tables, logs with IPs, SMS, staff notes, contracts and
// forms; and for book characters and authors (Гарри Поттер, Носов, Astrid
// Lindgren, Alice) as negatives; children by first name and class; parents'
// phones; lower-case messages.
//
// The engine was judged on it once, untuned, with rules-2025.295 (engine
// 1.290.0, commit 21325a6): PERSON 0.905 missed its target; PASSPORT 0.973 and
// the other types (1.0) met theirs; 1.094% of PII characters leaked (102 of
// 9320: PERSON 85, PASSPORT 9, ADDRESS 8), against the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.296
// (engine 1.291.0), with those of the other files from heldout1277 to
// heldout1284: a wizard and a crocodile of children's books (Гарри Поттер,
// Harry Potters, крокодил Гена), a writer (Роулинг). Left: writers and
// characters of children's books (Носов, Линдгрен, Астрид Линдгрен, Алиса в
// Стране чудес, Нильс, Matilda, Percy Jackson), names that are words in a
// transcript (tom hope, lily, ben), a name in upper case (KIM JI WOO). Tuned:
// PERSON 0.914, PASSPORT 0.973; 1.094% leaked (102 of 9320).

// heldout1282Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout1282Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.97, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.913,
}

// heldout1282MaxLeak: target 0.005, missed untuned (1.094%), missed tuned (1.094%).
const heldout1282MaxLeak = 0.011

func TestHeldout1282(t *testing.T) {
	corpusCheck{file: "testdata/heldout1282.jsonl", name: "one-thousand-two-hundred-and-eighty-second held-out corpus", minMessages: 250,
		floors: heldout1282Floor, everyType: true, maxLeak: heldout1282MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
