package pii

import "testing"

// testdata/heldout999.jsonl is the nine-hundred-and-ninety-ninth held-out
// file: 280 messages (140 Russian, 140 English; 65 without personal data; 544
// gold spans: PERSON 298, ADDRESS 64, PHONE 56, EMAIL 32, PASSPORT 19, IP 18,
// INN 17, BANK_ACCOUNT 12, CARD 12, SNILS 8, OGRN 8), written by hand by
// someone who saw neither the engine nor any other labelled file, while the
// engine was tuned on files up to heldout996. It is the CRM of an astronomy
// tour operator and observatory guest house in Arkhyz (Karachay-Cherkessia):
// night sky tours, telescopes rental, guides, transfers from Mineralnye Vody,
// school groups, astrophotographers. Its brief asked for chats, lower-case
// call transcripts with numbers said aloud, e-mails, CSV exports and pipe
// tables, logs with IPs, SMS, staff notes, contracts and forms; and for stars,
// planets and constellations named like people (Вега, Кастор, Альтаир,
// Андромеда, Orion, Mira) as negatives; telescopes named after scientists
// (БТА, «Зеленчукская»); Karachay, Circassian and Abaza names in every case;
// mountain huts and camps as addresses.
//
// The engine was judged on it once, untuned, with rules-2025.262 (engine
// iml-pii/1.257.0, commit 6d9a1cc): PASSPORT 0.889 missed its target; PERSON
// 0.949, ADDRESS 0.934, EMAIL 0.984 and the other types (1.0) met theirs;
// 7.403% of PII characters leaked (751 of 10145: ADDRESS 387, PERSON 220,
// PASSPORT 114, EMAIL 30), against the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.263
// (engine 1.258.0), with those of the other files from heldout997 to
// heldout1004: constellations named like people ("созвездие Льва", "the
// constellation Leo") and a family list by name and Russian-shaped surname.
// Left: stars and telescopes named like people in quotes, lower-case names in
// transcripts, shelters and camps said aloud as addresses. Tuned: PERSON
// 0.955, ADDRESS 0.934, EMAIL 0.984, PASSPORT 0.889; 7.068% leaked (717 of
// 10145).

// heldout999Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout999Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.887, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout999MaxLeak: target 0.005, missed untuned (7.403%), missed tuned (7.068%).
const heldout999MaxLeak = 0.071

func TestHeldout999(t *testing.T) {
	corpusCheck{file: "testdata/heldout999.jsonl", name: "nine-hundred-and-ninety-ninth held-out corpus", minMessages: 250,
		floors: heldout999Floor, everyType: true, maxLeak: heldout999MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
