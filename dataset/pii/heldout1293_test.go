package pii

import "testing"

// testdata/heldout1293.jsonl is the one-thousand-two-hundred-and-ninety-third
// held-out file: 280 messages (140 Russian, 140 English; 64 without personal
// data; 551 gold spans: PERSON 296, ADDRESS 66, PHONE 58, EMAIL 35, PASSPORT
// 19, IP 19, INN 17, BANK_ACCOUNT 14, CARD 11, SNILS 8, OGRN 8), written by
// hand by someone who saw neither the engine nor any other labelled file,
// while the engine was tuned on files up to heldout1292. It is a bicycle and
// e-scooter repair and rental shop in Kazan: rentals with deposits, repairs,
// courier fleets, stolen bikes, spare parts. Its brief asked for chats,
// lower-case call transcripts with numbers said aloud, e-mails, CSV exports
// and pipe tables, logs with IPs, SMS, staff notes, contracts and forms; and
// for bike brands and models (Stels, 'Merida Big.Nine', Kugoo) as negatives;
// renters' passports left as deposit; couriers by nickname; lower-case
// transcripts.
//
// The engine was judged on it once, untuned, with rules-2025.297 (engine
// 1.292.0, commit c1338d6): PASSPORT 0.914 missed its target; PERSON 0.958,
// ADDRESS 0.992 and the other types (1.0) met theirs; 2.921% of PII characters
// leaked (252 of 8628: PASSPORT 126, PERSON 121, ADDRESS 5), against the
// target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.298
// (engine 1.293.0), with those of the other files from heldout1293 to
// heldout1300: none of its own misses; the rules from the other files changed
// none of its figures. Left: Kazakh ID cards and passports read out in words,
// letters first (zero five two eight one seven three nine four, f a eight two
// one nine four five), bike models read as people (Stels Navigator, Scott
// Aspect), a street by a poet's name (Кул Гали, 27). Tuned: PERSON 0.958,
// ADDRESS 0.992, PASSPORT 0.914; 2.921% leaked (252 of 8628).

// heldout1293Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout1293Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.913, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout1293MaxLeak: target 0.005, missed untuned (2.921%), missed tuned (2.921%).
const heldout1293MaxLeak = 0.03

func TestHeldout1293(t *testing.T) {
	corpusCheck{file: "testdata/heldout1293.jsonl", name: "one-thousand-two-hundred-and-ninety-third held-out corpus", minMessages: 250,
		floors: heldout1293Floor, everyType: true, maxLeak: heldout1293MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
