package pii

import "testing"

// testdata/heldout1221.jsonl is the one-thousand-two-hundred-and-twenty-first
// held-out file: 280 messages (140 Russian, 140 English; 65 without personal
// data; 544 gold spans: PERSON 296, ADDRESS 64, PHONE 57, EMAIL 34, IP 19,
// PASSPORT 17, INN 17, BANK_ACCOUNT 13, CARD 11, SNILS 9, OGRN 7), written by
// hand by someone who saw neither the engine nor any other labelled file,
// while the engine was tuned on files up to heldout1204. It is a marriage and
// dating agency in Moscow and Kazan with foreign clients (Turkey, Germany,
// Kazakhstan): questionnaires, matches, meetings, contracts, translators. Its
// brief asked for chats, lower-case call transcripts with numbers said aloud,
// e-mails, CSV exports and pipe tables, logs with IPs, SMS, staff notes,
// contracts and forms; and for client questionnaires with names that are words
// (Любовь, Вера, Надежда, Роза, Hope, Faith); nicknames in dating profiles;
// surnames lower-case in call transcripts after prepositions (к ахмедовой, у
// кима); foreign passports and phones of partners abroad.
//
// The engine was judged on it once, untuned, with rules-2025.289 (engine
// 1.284.0, commit 05080cb): PASSPORT 0.938 missed its target; PERSON 0.964 and
// the other types (1.0) met theirs; 1.691% of PII characters leaked (163 of
// 9642: PERSON 114, PASSPORT 49), against the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.291
// (engine 1.286.0), with those of the other files from heldout1221 to
// heldout1236: none of its own misses; the rules from the other files changed
// none of its figures. Left: surnames that are words (Зимы, орлом), a client's
// nickname (Профессор), lower-case surnames after "у" and "with" (кима,
// sadykova), a name on a sign in capitals (WENDT). Tuned: PERSON 0.964,
// PASSPORT 0.938; 1.691% leaked (163 of 9642).

// heldout1221Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout1221Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.936, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout1221MaxLeak: target 0.005, missed untuned (1.691%), missed tuned (1.691%).
const heldout1221MaxLeak = 0.017

func TestHeldout1221(t *testing.T) {
	corpusCheck{file: "testdata/heldout1221.jsonl", name: "one-thousand-two-hundred-and-twenty-first held-out corpus", minMessages: 250,
		floors: heldout1221Floor, everyType: true, maxLeak: heldout1221MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
