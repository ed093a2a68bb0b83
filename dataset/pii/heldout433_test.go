package pii

import "testing"

// testdata/heldout433.jsonl is the four-hundred-and-thirty-third held-out
// file: 280 messages (140 Russian, 140 English; 62 without personal data;
// 526 gold spans: PERSON 279, ADDRESS 74, PHONE 55, EMAIL 39, IP 17,
// PASSPORT 17, INN 12, BANK_ACCOUNT 11, CARD 10, OGRN 6, SNILS 6), written
// by hand by someone who saw neither the engine nor any other labelled file,
// while the engine was tuned on files up to heldout432. It is the CRM of a
// real-estate agency in Moscow, Sochi and Limassol: viewings, rental and
// sale deals, deposits, mortgage pre-approvals, owners and tenants with
// passports, cadastral numbers, commission invoices, utility readings, keys
// handover, damage disputes. Chats with owners and tenants, lower-case call
// transcripts with a flat's address, entrance, floor and intercom code and a
// phone read out, e-mails with quoted replies and signatures, listing forms,
// CSV viewing schedules, pipe tables of deposits, CRM logs, OCR'd leases and
// passports, SMS. Owners by patronymic alone, names in the genitive of
// contract preambles and in the instrumental, Cypriot addresses in English
// with postcodes, Greek names. Negatives: cadastral and registry numbers,
// intercom codes, listing and deal IDs, areas, prices, floors alone, famous
// people, numbers with wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.183 (engine
// 1.178.0, commit 42cbe59): PHONE 0.962, PASSPORT 0.938, ADDRESS 0.897
// missed their targets (Cypriot phones in two groups and phones read out in
// words; a passport read out in words and one under names in capitals;
// Cypriot streets in Greek transliteration taken for people, postcodes
// before the town, and streets said aloud with no street word); PERSON 0.966
// and the other types (1.0) met theirs; 7.013% of PII characters leaked (656
// of 9354: PERSON 104, PHONE 68, PASSPORT 65, ADDRESS 419), against the
// target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.184
// (engine 1.179.0), with those of the other files from heldout433 to
// heldout436: Cypriot streets named after a saint, a king or an archbishop
// in Latin and Cyrillic letters ("Agiou Andreou 215", "Агиу Андреу, 215, кв.
// 302"), a Greek place after "Agios" no longer read as a person, Greek given
// names and surnames, a spoken house and flat after a comma ("tverskaya
// twelve, apartment forty"), a house-led street of two words ("7/5 Bolshaya
// Dmitrovka, bldg 1"), and a data page's surname on the line under its
// bilingual label. Left: Cypriot phones in two groups and phones read out in
// words, a passport read out in words, lower-case names, and the marina of
// "Limassol Marina" read as a person. Tuned: PERSON 0.984, PHONE 0.962,
// PASSPORT 0.938, ADDRESS 0.965 (now met); 4.426% leaked (414 of 9354).

// heldout433Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout433Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.937, TypePhone: 0.962, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout433MaxLeak: target 0.005, missed untuned (7.013%), missed tuned (4.426%).
const heldout433MaxLeak = 0.045

func TestHeldout433(t *testing.T) {
	corpusCheck{file: "testdata/heldout433.jsonl", name: "four-hundred-and-thirty-third held-out corpus", minMessages: 250,
		floors: heldout433Floor, everyType: true, maxLeak: heldout433MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
