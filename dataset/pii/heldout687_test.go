package pii

import "testing"

// testdata/heldout687.jsonl is the six-hundred-and-eighty-seventh held-out
// file: 280 messages (140 Russian, 140 English; 60 without personal data;
// 532 gold spans: PERSON 276, ADDRESS 71, PHONE 59, EMAIL 39, IP 17, INN 16,
// PASSPORT 16, CARD 13, BANK_ACCOUNT 11, OGRN 7, SNILS 7), written by hand
// by someone who saw neither the engine nor any other labelled file, while
// the engine was tuned on files up to heldout684. It is the CRM of a ceramic
// tile and plumbing showroom with a design service in Krasnodar, Sochi and
// Maykop: orders, designer visits, deliveries, returns, trade discounts for
// builders. Chats, lower-case call transcripts, e-mails, order forms, CSV
// deliveries, pipe tables, webhooks and logs, OCR'd contracts, SMS. Adyghe
// names, designers by first name, builders' firms named after their owners
// beside the owners' names, names in their cases and capitals with slashes,
// a surname spelled letter by letter, addresses in Adler, Lazarevskoye,
// Khosta and Maykop, phones and addresses said in words. Negatives: tile
// collections named like people ("Laura", "Versailles"), famous artists,
// bare streets, a pet, versions, masked cards, numbers with wrong check
// digits.
//
// The engine was judged on it once, untuned, with rules-2025.220 (engine
// 1.215.0, commit cf983db): PASSPORT 0.968 missed its target (an Armenian
// identity card's seven digits); PERSON 0.933, PHONE 0.992, ADDRESS 0.979
// and the other types (1.0) met theirs; 2.522% of PII characters leaked (225
// of 8921: PERSON 92, PHONE 10, PASSPORT 13, ADDRESS 110), against the
// target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.221
// (engine 1.216.0), with those of the other files from heldout685 to
// heldout692: none of its own misses; the rules from the other files changed
// none of its figures. Left: tile and plumbing collections named like women
// ("Laura", "Victoria", "Lorena"), an Armenian ID card's seven digits, and
// lone first names. Tuned: PERSON 0.933, PHONE 0.992, PASSPORT 0.968,
// ADDRESS 0.979; 2.522% leaked (225 of 8921).

// heldout687Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout687Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.967, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout687MaxLeak: target 0.005, missed untuned (2.522%), missed tuned (2.522%).
const heldout687MaxLeak = 0.026

func TestHeldout687(t *testing.T) {
	corpusCheck{file: "testdata/heldout687.jsonl", name: "six-hundred-and-eighty-seventh held-out corpus", minMessages: 250,
		floors: heldout687Floor, everyType: true, maxLeak: heldout687MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
