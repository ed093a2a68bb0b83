package pii

import "testing"

// testdata/heldout1199.jsonl is the one-thousand-one-hundred-and-ninety-ninth
// held-out file: 280 messages (140 Russian, 140 English; 63 without personal
// data; 566 gold spans: PERSON 299, ADDRESS 72, PHONE 59, EMAIL 39, IP 20,
// PASSPORT 19, INN 17, BANK_ACCOUNT 14, CARD 12, SNILS 8, OGRN 7), written by
// hand by someone who saw neither the engine nor any other labelled file,
// while the engine was tuned on files up to heldout1196. It is the CRM of a
// microfinance lender in Omsk with a call centre: loans, overdue payments,
// collectors' calls, restructuring, complaints to the regulator, guarantors.
// Its brief asked for chats, lower-case call transcripts with numbers said
// aloud, e-mails, CSV exports and pipe tables, logs with IPs, SMS, staff
// notes, contracts and forms; and for contract numbers and amounts as
// negatives; collectors' call transcripts in lower case with debtors'
// relatives; guarantors' passports and addresses; card numbers partly masked
// (negatives) and full (PII); Kazakh and German names.
//
// The engine was judged on it once, untuned, with rules-2025.288 (engine
// 1.283.0, commit 27ee07f): CARD 0.957 missed its target; PERSON 0.975,
// ADDRESS 0.979, PASSPORT 0.973 and the other types (1.0) met theirs; 1.867%
// of PII characters leaked (192 of 10283: PERSON 86, ADDRESS 81, CARD 16,
// PASSPORT 9), against the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.289
// (engine 1.284.0), with those of the other files from heldout1197 to
// heldout1204: none of its own misses; the rules from the other files changed
// none of its figures. Left: collectors' nicknames (Большой Миха, big mike), a
// Tajik passport's number after "Document No.", a card's number paid from
// without a label, a lower-case full name after a greeting (валерий
// ковалёнок). Tuned: PERSON 0.975, ADDRESS 0.979, PASSPORT 0.973, CARD 0.957;
// 1.867% leaked (192 of 10283).

// heldout1199Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout1199Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.955, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.97, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout1199MaxLeak: target 0.005, missed untuned (1.867%), missed tuned (1.867%).
const heldout1199MaxLeak = 0.019

func TestHeldout1199(t *testing.T) {
	corpusCheck{file: "testdata/heldout1199.jsonl", name: "one-thousand-one-hundred-and-ninety-ninth held-out corpus", minMessages: 250,
		floors: heldout1199Floor, everyType: true, maxLeak: heldout1199MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
