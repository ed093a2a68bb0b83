package pii

import "testing"

// testdata/heldout980.jsonl is the nine-hundred-and-eightieth held-out file:
// 280 messages (140 Russian, 140 English; 64 without personal data; 562 gold
// spans: PERSON 296, ADDRESS 70, PHONE 59, EMAIL 39, PASSPORT 19, IP 19, INN
// 17, BANK_ACCOUNT 15, CARD 12, SNILS 8, OGRN 8), written by hand by someone
// who saw neither the engine nor any other labelled file, while the engine was
// tuned on files up to heldout972. It is the CRM of an ice cream factory and
// its kiosk network in Omsk: franchisees, kiosks' addresses and rent,
// suppliers of milk and cones, seasonal sellers, sanitary inspections, a
// loyalty programme, a distributor in Kazakhstan. Its brief asked for the same
// mix of chats, transcripts, e-mails, tables, logs and forms; ice creams named
// like people («Лакомка», «Маша и Медведь»), kiosks named by their street and
// number in tables, seasonal sellers by first name in lower-case chats, Kazakh
// names and addresses. Negatives: loyalty card numbers.
//
// The engine was judged on it once, untuned, with rules-2025.259 (engine
// 1.254.0, commit 3bf2191): ADDRESS 0.866 missed its target (kiosks named by
// their street and house («Химиков 28», "Mira 5A"), which the writer left
// unlabelled as the kiosks' names, taken for addresses); PERSON 0.957 and the
// other types (1.0) met theirs; 1.320% of PII characters leaked (127 of 9623:
// ADDRESS 79, PERSON 48), against the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.260
// (engine 1.255.0), with those of the other files from heldout973 to
// heldout980: none of its own misses; the rules from the other files changed
// none of its figures. Left: kiosks named by their street and house («Химиков
// 28», "Mira 5A"), which the writer left unlabelled as the kiosks' names,
// taken for addresses, and ice creams named like people ("маша и медведь").
// Tuned: PERSON 0.957, ADDRESS 0.866; 1.320% leaked (127 of 9623).

// heldout980Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout980Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.97, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.865, TypePerson: 0.92,
}

// heldout980MaxLeak: target 0.005, missed untuned (1.320%), missed tuned (1.320%).
const heldout980MaxLeak = 0.014

func TestHeldout980(t *testing.T) {
	corpusCheck{file: "testdata/heldout980.jsonl", name: "nine-hundred-and-eightieth held-out corpus", minMessages: 250,
		floors: heldout980Floor, everyType: true, maxLeak: heldout980MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
