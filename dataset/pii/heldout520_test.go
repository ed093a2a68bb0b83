package pii

import "testing"

// testdata/heldout520.jsonl is the five-hundred-and-twentieth held-out file:
// 280 messages (140 Russian, 140 English; 58 without personal data; 498 gold
// spans: PERSON 269, ADDRESS 65, PHONE 49, EMAIL 30, PASSPORT 18, IP 17, INN
// 14, BANK_ACCOUNT 13, CARD 11, OGRN 6, SNILS 6), written by hand by someone
// who saw neither the engine nor any other labelled file, while the engine
// was tuned on files up to heldout516. It is the CRM of a property
// management company for short-term rentals in St Petersburg, Kaliningrad
// and Minsk: bookings via platforms, check-ins with key boxes, cleaners,
// damages, deposits, guests' passports for registration, owners' payouts.
// Chats with guests in Russian and English, e-mails with owners with quotes,
// lower-case call transcripts, web forms, CSV booking exports, pipe tables
// of owners' payouts, webhooks and logs, OCR'd passports and owner
// contracts, SMS with key box codes. Platform nicknames, owners and guests
// in one message, Belarusian names and Minsk addresses, foreign guests'
// passports, names in the dative, addresses with entrance and floor,
// addresses and phones dictated in words. Negatives: key box and door codes,
// apartments named after people, famous people, masked cards, version
// numbers, numbers with wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.197 (engine
// 1.192.0, commit fdd5291): INN 0.963 missed its target (an INN corrected in
// a reply with no word for it); PERSON 0.945, PASSPORT 0.971, ADDRESS 0.934
// and the other types (1.0) met theirs; 3.615% of PII characters leaked (278
// of 7691: PERSON 99, INN 12, PASSPORT 10, ADDRESS 157), against the target
// of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.199
// (engine 1.194.0), with those of the other files from heldout517 to
// heldout524: a street named after a person with its house and flat
// ("Рубинштейна 15/17 кв 42"). Left: houses with a flat after a dash
// ("Марата 27-14"), platform nicknames, an INN corrected with no word for
// it, and Latin names in capitals. Tuned: PERSON 0.947, INN 0.963, PASSPORT
// 0.971, ADDRESS 0.943; 3.459% leaked (266 of 7691).

// heldout520Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout520Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.962, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.97, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout520MaxLeak: target 0.005, missed untuned (3.615%), missed tuned (3.459%).
const heldout520MaxLeak = 0.035

func TestHeldout520(t *testing.T) {
	corpusCheck{file: "testdata/heldout520.jsonl", name: "five-hundred-and-twentieth held-out corpus", minMessages: 250,
		floors: heldout520Floor, everyType: true, maxLeak: heldout520MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
