package pii

import "testing"

// testdata/heldout1011.jsonl is the one-thousand-and-eleventh held-out file:
// 280 messages (140 Russian, 140 English; 64 without personal data; 567 gold
// spans: PERSON 299, ADDRESS 73, PHONE 59, EMAIL 39, IP 20, PASSPORT 19, INN
// 18, BANK_ACCOUNT 13, CARD 11, SNILS 8, OGRN 8), written by hand by someone
// who saw neither the engine nor any other labelled file, while the engine was
// tuned on files up to heldout1004. It is the CRM of a Korean cosmetics
// importer in Vladivostok: Korean suppliers, customs brokers, marketplace
// sellers, beauty bloggers, returns, certificates of conformity, a warehouse.
// Its brief asked for chats, lower-case call transcripts with numbers said
// aloud, e-mails, CSV exports and pipe tables, logs with IPs, SMS, staff
// notes, contracts and forms; and for brands and products named like people
// (Missha, «Мизон», Laneige, крем «Анна») as negatives; Korean names in Latin,
// Cyrillic and surname-first order; certificate, HS code and declaration
// numbers (negatives); bloggers by nickname (@lena_beauty); Vladivostok
// addresses with sopka and bukhta names.
//
// The engine was judged on it once, untuned, with rules-2025.263 (engine
// 1.258.0, commit f823bf6): CARD 0.957 missed its target; PERSON 0.940,
// ADDRESS 0.965 and the other types (1.0) met theirs; 4.250% of PII characters
// leaked (438 of 10305: ADDRESS 360, PERSON 78), against the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.264
// (engine 1.259.0), with those of the other files from heldout1005 to
// heldout1012: a cosmetics brand named like a person (Tony Moly), a Hebrew
// first name (Rakhil). Left: brands (Some By Mi, Mary&May, Dr.Jart), Korean
// names in capitals with separate syllables ("PARK JI YEON"), lower-case names
// in transcripts. Tuned: PERSON 0.946, ADDRESS 0.965, CARD 0.957; 4.124%
// leaked (425 of 10305).

// heldout1011Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout1011Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.955, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.97, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout1011MaxLeak: target 0.005, missed untuned (4.250%), missed tuned (4.124%).
const heldout1011MaxLeak = 0.042

func TestHeldout1011(t *testing.T) {
	corpusCheck{file: "testdata/heldout1011.jsonl", name: "one-thousand-and-eleventh held-out corpus", minMessages: 250,
		floors: heldout1011Floor, everyType: true, maxLeak: heldout1011MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
