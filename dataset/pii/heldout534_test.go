package pii

import "testing"

// testdata/heldout534.jsonl is the five-hundred-and-thirty-fourth held-out
// file: 280 messages (140 Russian, 140 English; 64 without personal data;
// 527 gold spans: PERSON 269, ADDRESS 70, PHONE 57, EMAIL 38, IP 17,
// PASSPORT 17, INN 16, BANK_ACCOUNT 15, CARD 13, OGRN 8, SNILS 7), written
// by hand by someone who saw neither the engine nor any other labelled file,
// while the engine was tuned on files up to heldout532. It is the CRM of a
// lift and escalator maintenance company in Novosibirsk, Omsk and Barnaul:
// stuck-lift emergency calls, scheduled inspections in apartment blocks and
// malls, contracts with housing associations and shopping centres,
// technicians' shifts, inspection acts, spare parts orders, complaints.
// Dispatcher call transcripts in lower case, technicians' chats, e-mails
// with signatures, CSV lists of lifts, pipe tables of spare parts, telemetry
// alerts and logs, OCR'd contracts, SMS. Addresses with entrances and
// building letters, people trapped in lifts named by neighbours, chairs of
// housing associations by role and name, Kazakh and German surnames, names
// in the genitive, phones and addresses said with pauses. Negatives: lift
// serial and registration numbers, shopping centres, brands and a famous
// inventor, firms, streets alone, masked cards, codes, numbers with wrong
// check digits.
//
// The engine was judged on it once, untuned, with rules-2025.201 (engine
// 1.196.0, commit 53a617f): PHONE 0.924, ADDRESS 0.901 missed their targets
// (phones dictated in words with pauses and a local number after its word;
// addresses dictated in words and streets named after people with a house
// and no keyword); PERSON 0.965 and the other types (1.0) met theirs; 8.120%
// of PII characters leaked (705 of 8682: PERSON 36, PHONE 365, ADDRESS 304),
// against the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.202
// (engine 1.197.0), with those of the other files from heldout533 to
// heldout540: streets named after people with their houses, after "на" ("на
// Дмитрия Шамшурина 29"), with a house's letter ("Станиславского 4а") or
// said in lower case with an entrance; short landlines someone gives ("His
// number: 352-77-16", "номер её 228 41 07"). Left: phones and addresses said
// in words with pauses, and a street in its locative without a keyword ("на
// Красном 82"). Tuned: PERSON 0.976, PHONE 0.944, ADDRESS 0.949 (now met);
// 7.084% leaked (615 of 8682).

// heldout534Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout534Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.97, TypePhone: 0.944, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout534MaxLeak: target 0.005, missed untuned (8.120%), missed tuned (7.084%).
const heldout534MaxLeak = 0.071

func TestHeldout534(t *testing.T) {
	corpusCheck{file: "testdata/heldout534.jsonl", name: "five-hundred-and-thirty-fourth held-out corpus", minMessages: 250,
		floors: heldout534Floor, everyType: true, maxLeak: heldout534MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
