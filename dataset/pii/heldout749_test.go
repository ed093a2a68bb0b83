package pii

import "testing"

// testdata/heldout749.jsonl is the seven-hundred-and-forty-ninth held-out
// file: 280 messages (140 Russian, 140 English; 62 without personal data;
// 532 gold spans: PERSON 279, ADDRESS 73, PHONE 60, EMAIL 39, IP 18,
// PASSPORT 14, INN 13, BANK_ACCOUNT 12, CARD 10, OGRN 7, SNILS 7), written
// by hand by someone who saw neither the engine nor any other labelled file,
// while the engine was tuned on files up to heldout748. It is the CRM of a
// funeral services and memorial stone workshop in Tula, Kaluga and Bryansk:
// funeral arrangements, cemetery plots, monument orders, relatives, death
// certificates. Chats with relatives, lower-case call transcripts, formal
// e-mails with quotes, order forms, CSV of plots, pipe tables, webhooks and
// logs with IPs, OCR'd contracts, SMS. The deceased and relatives in their
// cases and in transliteration, engraving texts with names split over lines,
// diminutives, village cemeteries with a house, phones and addresses said in
// words. Negatives: church names like people ("храм Николая Чудотворца"),
// sections, rows and plots, famous people, a pet, versions like IPs, numbers
// with wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.230 (engine
// 1.225.0, commit 104b837): PASSPORT 0.963 missed its target (a Lithuanian
// identity card's number with its letters apart, "IDENTITY CARD No. LT
// 30417755"); PERSON 0.984, ADDRESS 0.986, IP 0.971 and the other types
// (1.0) met theirs; 3.046% of PII characters leaked (315 of 10341: PERSON
// 91, PASSPORT 11, ADDRESS 200, IP 13), against the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.231
// (engine 1.226.0), with those of the other files from heldout749 to
// heldout756: a German street named for a person with its capital after a
// hyphen ("Heinrich-Heine-Str. 12"), a client's address after an HTTP PATCH
// in a log, and a month before "orders". Left: the deceased's names in
// transliterated cases ("Zinaidy Petrovny Lomakinoy"), a Lithuanian ID
// card's number with its letters apart, a transliterated address with
// "pr-t", and a writer's name in the genitive. Tuned: PERSON 0.986, PASSPORT
// 0.963, ADDRESS 0.993; 2.437% leaked (252 of 10341).

// heldout749Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout749Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.962, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout749MaxLeak: target 0.005, missed untuned (3.046%), missed tuned (2.437%).
const heldout749MaxLeak = 0.025

func TestHeldout749(t *testing.T) {
	corpusCheck{file: "testdata/heldout749.jsonl", name: "seven-hundred-and-forty-ninth held-out corpus", minMessages: 250,
		floors: heldout749Floor, everyType: true, maxLeak: heldout749MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
