package pii

import "testing"

// testdata/heldout481.jsonl is the four-hundred-and-eighty-first held-out
// file: 280 messages (140 Russian, 140 English; 64 without personal data;
// 525 gold spans: PERSON 272, ADDRESS 72, PHONE 55, EMAIL 38, IP 17, INN 16,
// PASSPORT 15, CARD 14, BANK_ACCOUNT 12, OGRN 7, SNILS 7), written by hand
// by someone who saw neither the engine nor any other labelled file, while
// the engine was tuned on files up to heldout480. It is the CRM of a dental
// laboratory and aligner provider working with clinics in Kazan, Samara and
// Yerevan: dentists' orders with patients' data, impressions and scans,
// fittings, remakes, couriers between clinics, invoices, complaints. E-mails
// from clinics with quotes and signatures, chats with doctors and couriers,
// lower-case call transcripts with a patient's name and a phone read out,
// web order forms, CSV order registers, pipe tables of payments, lab
// software logs, OCR'd prescriptions and contracts, SMS. Tooth formulas and
// shade codes (negative), doctors by title and surname, patients by initials
// and surname, Armenian names and Yerevan addresses, clinics named after
// people (negative), names in the genitive. Negatives: case and scan IDs,
// numbers with wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.192 (engine
// 1.187.0, commit 12a2b98): every F1 target met (PERSON 0.987, ADDRESS
// 0.965, PHONE 0.991, the other types 1.0); 1.568% of PII characters leaked
// (139 of 8864: PERSON 11, PHONE 20, ADDRESS 108), against the target of
// 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.193
// (engine 1.188.0), with those of the other files from heldout481 to
// heldout484: none of its own misses; the rules from the other files changed
// none of its figures. Left: Yerevan streets with a house and no keyword
// ("Комитаса 49/3"), a basement after an address, a phone dialled with "8
// 10", and greetings in Armenian script. Tuned: PERSON 0.987, PHONE 0.991,
// ADDRESS 0.965; 1.568% leaked (139 of 8864).

// heldout481Floor holds the tuned figures: the targets, all met.
var heldout481Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.97, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout481MaxLeak: target 0.005, missed untuned (1.568%), missed tuned (1.568%).
const heldout481MaxLeak = 0.016

func TestHeldout481(t *testing.T) {
	corpusCheck{file: "testdata/heldout481.jsonl", name: "four-hundred-and-eighty-first held-out corpus", minMessages: 250,
		floors: heldout481Floor, everyType: true, maxLeak: heldout481MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
