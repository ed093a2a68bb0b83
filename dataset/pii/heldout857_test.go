package pii

import "testing"

// testdata/heldout857.jsonl is the eight-hundred-and-fifty-seventh held-out
// file: 280 messages (140 Russian, 140 English; 63 without personal data;
// 528 gold spans: PERSON 272, ADDRESS 72, PHONE 57, EMAIL 38, IP 17,
// PASSPORT 17, CARD 15, BANK_ACCOUNT 13, INN 13, OGRN 7, SNILS 7), written
// by hand by someone who saw neither the engine nor any other labelled file,
// while the engine was tuned on files up to heldout852. It is the CRM of a
// boat and jet ski rental with a marina on the Volga near Tver and Kimry:
// rentals, captains, deposits, damages, fishing trips, moorings. Booking
// chats, lower-case call transcripts, e-mails, CSV rental logs, pipe tables
// of deposits, rental contracts, logs with IPs and GPS, SMS. Captains by
// nickname (Михалыч, Боцман, Щука, Pike), dachas and villages on the river,
// an e-mail said aloud. Negatives: boats named like people («Анна», 'Lady
// Mary'), the marina, famous people, boat licences and hull numbers, numbers
// with wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.244 (engine
// 1.239.0, commit 01b9ee6): PERSON 0.900 missed its target (captains'
// nicknames and clients by first name missed, boats named like people taken
// for them); PHONE 0.991, ADDRESS 0.972 and the other types (1.0) met
// theirs; 4.014% of PII characters leaked (381 of 9491: PERSON 146, PHONE
// 25, PASSPORT 6, ADDRESS 204), against the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.245
// (engine 1.240.0), with those of the other files from heldout853 to
// heldout860: a skipper by nickname ("Skipper: Boatswain"). Left: captains'
// Russian nicknames (Боцман, Щука), boats named like people, and surnames in
// the plural. Tuned: PERSON 0.904, PHONE 0.991, ADDRESS 0.972; 3.825% leaked
// (363 of 9491).

// heldout857Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout857Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.97, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.904,
}

// heldout857MaxLeak: target 0.005, missed untuned (4.014%), missed tuned (3.825%).
const heldout857MaxLeak = 0.039

func TestHeldout857(t *testing.T) {
	corpusCheck{file: "testdata/heldout857.jsonl", name: "eight-hundred-and-fifty-seventh held-out corpus", minMessages: 250,
		floors: heldout857Floor, everyType: true, maxLeak: heldout857MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
