package pii

import "testing"

// testdata/heldout724.jsonl is the seven-hundred-and-twenty-fourth held-out
// file: 280 messages (140 Russian, 140 English; 62 without personal data;
// 516 gold spans: PERSON 273, ADDRESS 65, PHONE 57, EMAIL 37, IP 17,
// PASSPORT 17, BANK_ACCOUNT 14, INN 13, CARD 9, OGRN 7, SNILS 7), written by
// hand by someone who saw neither the engine nor any other labelled file,
// while the engine was tuned on files up to heldout716. It is the CRM of a
// bank's collection department for overdue consumer loans in Voronezh, Kursk
// and Oryol: overdue notices, payment promises, restructuring, guarantors,
// call results. Lower-case call transcripts, e-mails with quotes, chats,
// debt notices, CSV of debtors, pipe tables, webhooks and logs with IPs,
// OCR'd loan contracts, SMS. Borrowers, guarantors and relatives in one
// message, third parties' phones, names in every case, in capitals and with
// initials, registration and residence addresses, phones and addresses said
// in words. Negatives: contract numbers shaped like accounts, correspondent
// accounts, masked cards, sums, famous people, a pet, numbers with wrong
// check digits.
//
// The engine was judged on it once, untuned, with rules-2025.224 (engine
// 1.219.0, commit 4a16f9e): CARD 0.941 missed its target (a card's full
// number after "Full PAN visible on the scanned receipt:"); PERSON 0.982,
// PHONE 0.991, ADDRESS 0.992 and the other types (1.0) met theirs; 2.039% of
// PII characters leaked (204 of 10007: PERSON 53, PHONE 10, CARD 16, ADDRESS
// 125), against the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.225
// (engine 1.220.0), with those of the other files from heldout717 to
// heldout724: none of its own misses; the rules from the other files changed
// none of its figures. Left: a card's full number after "scanned receipt:",
// lower-case surnames of guarantors, and addresses said in words. Tuned:
// PERSON 0.982, PHONE 0.991, CARD 0.941, ADDRESS 0.992; 2.039% leaked (204
// of 10007).

// heldout724Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout724Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.941, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.97, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout724MaxLeak: target 0.005, missed untuned (2.039%), missed tuned (2.039%).
const heldout724MaxLeak = 0.021

func TestHeldout724(t *testing.T) {
	corpusCheck{file: "testdata/heldout724.jsonl", name: "seven-hundred-and-twenty-fourth held-out corpus", minMessages: 250,
		floors: heldout724Floor, everyType: true, maxLeak: heldout724MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
