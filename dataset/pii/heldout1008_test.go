package pii

import "testing"

// testdata/heldout1008.jsonl is the one-thousand-and-eighth held-out file: 280
// messages (140 Russian, 140 English; 64 without personal data; 538 gold
// spans: PERSON 296, ADDRESS 62, PHONE 52, EMAIL 34, PASSPORT 19, IP 19, INN
// 17, BANK_ACCOUNT 12, CARD 11, SNILS 8, OGRN 8), written by hand by someone
// who saw neither the engine nor any other labelled file, while the engine was
// tuned on files up to heldout1004. It is the CRM of a bike rental and cycling
// tour company in Kaliningrad and the Curonian Spit: rentals, guided tours,
// Lithuanian, Polish and German guests, damaged bikes, border documents,
// hotels. Its brief asked for chats, lower-case call transcripts with numbers
// said aloud, e-mails, CSV exports and pipe tables, logs with IPs, SMS, staff
// notes, contracts and forms; and for bike models and tours named like people
// (Trek Marlin, тур «Королева Луиза») as negatives; Lithuanian, Polish and
// German names with diacritics and declined in Russian; frame serial numbers
// and booking codes (negatives); addresses in Kaliningrad, Zelenogradsk, Nida
// and Gdańsk formats; guides by first name.
//
// The engine was judged on it once, untuned, with rules-2025.263 (engine
// 1.258.0, commit f823bf6): PASSPORT 0.944 missed its target; PERSON 0.943,
// ADDRESS 0.984 and the other types (1.0) met theirs; 3.444% of PII characters
// leaked (306 of 8884: ADDRESS 158, PERSON 130, PASSPORT 18), against the
// target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.264
// (engine 1.259.0), with those of the other files from heldout1005 to
// heldout1012: German and Danish first names in Cyrillic (Дёрте), a writer's
// house ("дом Томаса Манна"). Left: the tour named after a queen («Королева
// Луиза», "Queen Louise"), bike models named like people, Polish and
// Lithuanian addresses said aloud. Tuned: PERSON 0.946, ADDRESS 0.984,
// PASSPORT 0.944; 3.287% leaked (292 of 8884).

// heldout1008Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout1008Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.943, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout1008MaxLeak: target 0.005, missed untuned (3.444%), missed tuned (3.287%).
const heldout1008MaxLeak = 0.033

func TestHeldout1008(t *testing.T) {
	corpusCheck{file: "testdata/heldout1008.jsonl", name: "one-thousand-and-eighth held-out corpus", minMessages: 250,
		floors: heldout1008Floor, everyType: true, maxLeak: heldout1008MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
