package pii

import "testing"

// testdata/heldout810.jsonl is the eight-hundred-and-tenth held-out file:
// 280 messages (140 Russian, 140 English; 62 without personal data; 532 gold
// spans: PERSON 274, ADDRESS 73, PHONE 58, EMAIL 38, INN 16, IP 16, PASSPORT
// 16, BANK_ACCOUNT 13, CARD 13, OGRN 8, SNILS 7), written by hand by someone
// who saw neither the engine nor any other labelled file, while the engine
// was tuned on files up to heldout804. It is the CRM of a surf and kite
// school with camps in Anapa and on Lake Baikal (Olkhon): courses, camp
// bookings, instructors, equipment rental, transfers, insurance. Guests'
// chats with emoji and slang, e-mails in English with foreign guests,
// lower-case call transcripts, booking CSV, pipe tables of instructors'
// schedules, insurance policies with passports, webhooks with IPs, SMS.
// Instructors by nickname ("Шаман", "Боцман"), foreign guests' passports and
// ID cards, a village address with no street, phones of many countries.
// Negatives: spots, rocks and bays named like people (Маруся, Lucy, Marina),
// famous surfers and actors, wind and wave figures, numbers with wrong check
// digits.
//
// The engine was judged on it once, untuned, with rules-2025.237 (engine
// 1.232.0, commit ef658c2): PASSPORT 0.9697, IP 0.968 missed their targets
// (instructors' nicknames missed; a passport in dashes read where a policy
// stood; a private IP beside another missed); PERSON 0.936, ADDRESS 0.986
// and the other types (1.0) met theirs; 3.101% of PII characters leaked (271
// of 8739: PERSON 165, ADDRESS 97, IP 9), against the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.238
// (engine 1.233.0), with those of the other files from heldout805 to
// heldout812: instructors' common nicknames ("Шаман", Shaman). Left:
// "Боцман" and "Кэт" as nicknames, spots and bays named like people, a Czech
// address, and a private IP beside another. Tuned: PERSON 0.955, PASSPORT
// 0.9697, ADDRESS 0.986, IP 0.968; 2.437% leaked (213 of 8739).

// heldout810Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout810Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.967, TypeOGRN: 0.97,
	TypePassport: 0.969, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout810MaxLeak: target 0.005, missed untuned (3.101%), missed tuned (2.437%).
const heldout810MaxLeak = 0.025

func TestHeldout810(t *testing.T) {
	corpusCheck{file: "testdata/heldout810.jsonl", name: "eight-hundred-and-tenth held-out corpus", minMessages: 250,
		floors: heldout810Floor, everyType: true, maxLeak: heldout810MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
