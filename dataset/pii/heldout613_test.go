package pii

import "testing"

// testdata/heldout613.jsonl is the six-hundred-and-thirteenth held-out file:
// 280 messages (140 Russian, 140 English; 62 without personal data; 518 gold
// spans: PERSON 276, ADDRESS 73, PHONE 52, EMAIL 39, IP 16, PASSPORT 13,
// BANK_ACCOUNT 12, INN 12, CARD 11, SNILS 8, OGRN 6), written by hand by
// someone who saw neither the engine nor any other labelled file, while the
// engine was tuned on files up to heldout612. It is the CRM of a
// kindergarten meals supplier and school canteen operator in Cheboksary,
// Yoshkar-Ola and Saransk: menus, allergy lists, parents' payments for
// meals, benefits for large families, complaints, supplier deliveries.
// Parents' chats with the canteen, lower-case call transcripts, e-mails with
// quotes, web forms, CSV lists of children, pipe tables of payments,
// webhooks and logs, OCR'd benefit applications and contracts, SMS. Chuvash,
// Mari and Mordovian names and surnames, children by diminutives and class
// letters, names in their cases and in capitals with slashes, sole traders,
// a child's SNILS in a benefit order, Russian, Indian, German and Kazakh
// documents, phones and addresses said in words. Negatives: dishes and
// sweets named after people, famous people and characters, streets without a
// house, masked cards, codes, numbers with wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.211 (engine
// 1.206.0, commit b6045bb): PASSPORT 0.960 missed its target (a German ID
// card's letters and digits after "ID card (no."); PERSON 0.945, PHONE
// 0.990, ADDRESS 0.979 and the other types (1.0) met theirs; 3.062% of PII
// characters leaked (286 of 9339: PERSON 197, PHONE 15, PASSPORT 9, ADDRESS
// 65), against the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.212
// (engine 1.207.0), with those of the other files from heldout613 to
// heldout620: a street in Latin letters with its house and flat joined by a
// hyphen in a CSV cell ("Saransk, Kosareva 21-17") and an entrepreneur's
// title before a name in capitals. Left: Chuvash and Mari names the tables
// do not know and one with a Latin letter inside, children's diminutives in
// lower case, and a spoken street named after Karl Marx. Tuned: PERSON
// 0.950, PHONE 0.990, PASSPORT 0.960, ADDRESS 0.986; 2.902% leaked (271 of
// 9339).

// heldout613Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout613Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.959, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout613MaxLeak: target 0.005, missed untuned (3.062%), missed tuned (2.902%).
const heldout613MaxLeak = 0.03

func TestHeldout613(t *testing.T) {
	corpusCheck{file: "testdata/heldout613.jsonl", name: "six-hundred-and-thirteenth held-out corpus", minMessages: 250,
		floors: heldout613Floor, everyType: true, maxLeak: heldout613MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
