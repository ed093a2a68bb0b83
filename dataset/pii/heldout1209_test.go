package pii

import "testing"

// testdata/heldout1209.jsonl is the one-thousand-two-hundred-and-ninth
// held-out file: 280 messages (140 Russian, 140 English; 64 without personal
// data; 563 gold spans: PERSON 297, ADDRESS 72, PHONE 57, EMAIL 39, PASSPORT
// 19, IP 19, INN 18, BANK_ACCOUNT 14, CARD 12, SNILS 8, OGRN 8), written by
// hand by someone who saw neither the engine nor any other labelled file,
// while the engine was tuned on files up to heldout1204. It is the CRM of a
// city public library network in Izhevsk: readers' cards, book reservations,
// overdue books, events with authors, volunteers, interlibrary loans,
// donations. Its brief asked for chats, lower-case call transcripts with
// numbers said aloud, e-mails, CSV exports and pipe tables, logs with IPs,
// SMS, staff notes, contracts and forms; and for authors and book titles with
// names («Анна Каренина», «Oliver Twist») as negatives; reader card and ISBN
// numbers as negatives; readers' home addresses for overdue notices; children
// registered by parents; Udmurt names in every case.
//
// The engine was judged on it once, untuned, with rules-2025.289 (engine
// 1.284.0, commit 05080cb): PASSPORT 0.944 missed its target; PERSON 0.947,
// ADDRESS 0.986 and the other types (1.0) met theirs; 1.871% of PII characters
// leaked (187 of 9994: PERSON 103, ADDRESS 66, PASSPORT 18), against the
// target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.290
// (engine 1.285.0), with those of the other files from heldout1205 to
// heldout1220: a name that is a word after "tell" ("can u tell grace"). Left:
// authors and characters of the library's books read as people (Г. Яхина,
// Оруэлл, Ngozi Adichie, percy jackson), surnames after "у" and "для" in
// capitals no table knows (Бабинцевой), surnames that are words (Зимы,
// Толстому). Tuned: PERSON 0.949, ADDRESS 0.986, PASSPORT 0.944; 1.821% leaked
// (182 of 9994).

// heldout1209Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout1209Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.943, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout1209MaxLeak: target 0.005, missed untuned (1.871%), missed tuned (1.821%).
const heldout1209MaxLeak = 0.019

func TestHeldout1209(t *testing.T) {
	corpusCheck{file: "testdata/heldout1209.jsonl", name: "one-thousand-two-hundred-and-ninth held-out corpus", minMessages: 250,
		floors: heldout1209Floor, everyType: true, maxLeak: heldout1209MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
