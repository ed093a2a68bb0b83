package pii

import "testing"

// testdata/heldout527.jsonl is the five-hundred-and-twenty-seventh held-out
// file: 280 messages (140 Russian, 140 English; 63 without personal data;
// 528 gold spans: PERSON 276, ADDRESS 74, PHONE 59, EMAIL 37, IP 17,
// PASSPORT 17, CARD 12, INN 12, BANK_ACCOUNT 11, OGRN 7, SNILS 6), written
// by hand by someone who saw neither the engine nor any other labelled file,
// while the engine was tuned on files up to heldout516. It is the CRM of a
// tattoo and piercing studio chain in Moscow, St Petersburg and Novosibirsk:
// bookings, sketches, consent forms for minors, deposits, aftercare,
// complaints. Messenger-style chats with clients, e-mails with quotes,
// lower-case call transcripts, web booking forms, CSV booking lists, pipe
// tables of masters' payouts, payment webhooks and logs, OCR'd consent forms
// with parents' passports, SMS. Relatives' names as tattoo texts, masters by
// nickname, clients' handles and logins, minors and their parents, names in
// quotes, addresses with shopping centres and floors, phones, addresses and
// a passport dictated in words. Negatives: famous people and characters as
// sketches, pets, masked cards, version numbers, numbers with wrong check
// digits.
//
// The engine was judged on it once, untuned, with rules-2025.198 (engine
// 1.193.0, commit 398b6ba): PERSON 0.899, PASSPORT 0.938 missed their
// targets (masters' nicknames (Шторм, Ворон, Raven), labelled here as names,
// and clients' handles; a passport dictated in words; a German ID card of
// letters and digits); PHONE 0.992, ADDRESS 0.966 and the other types (1.0)
// met theirs; 5.366% of PII characters leaked (492 of 9169: PERSON 224,
// PHONE 34, PASSPORT 75, ADDRESS 159), against the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.201
// (engine 1.196.0), with those of the other files from heldout525 to
// heldout532: St Petersburg's P.S. after a street ("48 Bolshoy Prospekt
// P.S."); a table's total row is no name. Left: tattoo artists' nicknames, a
// German ID card's number, famous musicians with a first name, and a floor
// after a yard's entrance. Tuned: PERSON 0.901, PHONE 0.992, PASSPORT 0.938,
// ADDRESS 0.980; 5.006% leaked (459 of 9169).

// heldout527Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout527Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.937, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.901,
}

// heldout527MaxLeak: target 0.005, missed untuned (5.366%), missed tuned (5.006%).
const heldout527MaxLeak = 0.051

func TestHeldout527(t *testing.T) {
	corpusCheck{file: "testdata/heldout527.jsonl", name: "five-hundred-and-twenty-seventh held-out corpus", minMessages: 250,
		floors: heldout527Floor, everyType: true, maxLeak: heldout527MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
