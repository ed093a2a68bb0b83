package pii

import "testing"

// testdata/heldout1165.jsonl is the one-thousand-one-hundred-and-sixty-fifth
// held-out file: 280 messages (140 Russian, 140 English; 65 without personal
// data; 568 gold spans: PERSON 299, ADDRESS 75, PHONE 59, EMAIL 40, PASSPORT
// 19, IP 19, INN 16, BANK_ACCOUNT 14, CARD 11, SNILS 8, OGRN 8), written by
// hand by someone who saw neither the engine nor any other labelled file,
// while the engine was tuned on files up to heldout1156. It is the CRM of a
// filling station chain with car washes and roadside cafés in Tatarstan and
// Chuvashia: corporate fuel cards, drivers of client companies, loyalty
// accounts, incidents at the pumps, staff shifts, cash discrepancies,
// complaints. Its brief asked for chats, lower-case call transcripts with
// numbers said aloud, e-mails, CSV exports and pipe tables, logs with IPs,
// SMS, staff notes, contracts and forms; and for fuel card and receipt
// numbers, pump and vehicle plate numbers as negatives; drivers by first name
// and company; roadside addresses by highway and kilometre (трасса М-7, 812-й
// км); Tatar and Chuvash names in every case; cashiers by first name on
// receipts.
//
// The engine was judged on it once, untuned, with rules-2025.282 (engine
// 1.277.0, commit db52d7d): ADDRESS 0.905 missed its target; CARD 0.957 missed
// its target; PERSON 0.971 and the other types (1.0) met theirs; 5.790% of PII
// characters leaked (603 of 10414: ADDRESS 488, PERSON 115), against the
// target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.284
// (engine 1.279.0), with those of the other files from heldout1165 to
// heldout1172: none of its own misses; the rules from the other files changed
// none of its figures. Left: kilometre points on highways as addresses (трасса
// М-7, 812-й км; M-7 highway, km 812; а/д А-151 …, 42-й км), labelled here but
// not in older files; Tatar names in Tatar letters (Мөхәммәтҗанов Илдар,
// Гүзәл); cashiers by a name that is a word (Зима, лилия). Tuned: PERSON
// 0.971, ADDRESS 0.905, CARD 0.957; 5.790% leaked (603 of 10414).

// heldout1165Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout1165Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.955, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.97, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.904, TypePerson: 0.92,
}

// heldout1165MaxLeak: target 0.005, missed untuned (5.790%), missed tuned (5.790%).
const heldout1165MaxLeak = 0.058

func TestHeldout1165(t *testing.T) {
	corpusCheck{file: "testdata/heldout1165.jsonl", name: "one-thousand-one-hundred-and-sixty-fifth held-out corpus", minMessages: 250,
		floors: heldout1165Floor, everyType: true, maxLeak: heldout1165MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
