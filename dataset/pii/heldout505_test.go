package pii

import "testing"

// testdata/heldout505.jsonl is the five-hundred-and-fifth held-out file: 280
// messages (140 Russian, 140 English; 64 without personal data; 547 gold
// spans: PERSON 274, ADDRESS 75, PHONE 58, EMAIL 40, PASSPORT 18, CARD 17,
// IP 17, BANK_ACCOUNT 16, INN 16, OGRN 8, SNILS 8), written by hand by
// someone who saw neither the engine nor any other labelled file, while the
// engine was tuned on files up to heldout488. It is the CRM of a wholesale
// flower importer and florist chain in Moscow, Yekaterinburg and Almaty:
// bouquets with delivery, wedding floristry, subscriptions for offices,
// suppliers in the Netherlands, Ecuador and Kenya, customs, complaints about
// wilted flowers. Chats with clients and couriers, lower-case call
// transcripts, e-mails with suppliers in English with quotes, web order
// forms with cards for bouquets, CSV delivery lists, pipe tables of supplier
// invoices, webhooks and logs, OCR'd contracts with florists, SMS. Greeting
// cards with names, anonymous senders, senders beside recipients, Dutch and
// Kenyan managers, delivery addresses with office and floor, recipients'
// phones, addresses and phones dictated in words. Negatives: flower
// varieties named like people, famous people, a firm named after its owner,
// streets without a house number, masked cards, version numbers, numbers
// with wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.195 (engine
// 1.190.0, commit b50c993): ADDRESS 0.919 missed its target (addresses cut
// short before a tower, a hostel's room or a ward, a street of two names
// joined by «и», Dutch and Ecuadorian addresses); PERSON 0.939, PHONE 0.983,
// PASSPORT 0.971 and the other types (1.0) met theirs; 3.395% of PII
// characters leaked (320 of 9425: PERSON 24, PHONE 20, PASSPORT 21, ADDRESS
// 255), against the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.196
// (engine 1.191.0), with those of the other files from heldout489 to
// heldout508: a landline asked to be called back. Left: addresses cut short
// before a tower, a room or a ward, flower varieties named like people, and
// Dutch and Ecuadorian addresses. Tuned: PERSON 0.939, PHONE 0.991, PASSPORT
// 0.971, ADDRESS 0.919; 3.300% leaked (311 of 9425).

// heldout505Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout505Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.97, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.918, TypePerson: 0.92,
}

// heldout505MaxLeak: target 0.005, missed untuned (3.395%), missed tuned (3.300%).
const heldout505MaxLeak = 0.033

func TestHeldout505(t *testing.T) {
	corpusCheck{file: "testdata/heldout505.jsonl", name: "five-hundred-and-fifth held-out corpus", minMessages: 250,
		floors: heldout505Floor, everyType: true, maxLeak: heldout505MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
