package pii

import "testing"

// testdata/heldout907.jsonl is the nine-hundred-and-seventh held-out file:
// 280 messages (140 Russian, 140 English; 64 without personal data; 515 gold
// spans: PERSON 272, ADDRESS 73, PHONE 54, EMAIL 33, IP 17, PASSPORT 15, INN
// 13, BANK_ACCOUNT 12, CARD 12, OGRN 7, SNILS 7), written by hand by someone
// who saw neither the engine nor any other labelled file, while the engine
// was tuned on files up to heldout900. It is the CRM of a hospital's paid
// services desk in Nizhny Novgorod: consultations, surgeries, rooms,
// relatives' visits, insurance, invoices, complaints. E-mails with patients,
// chats, lower-case call transcripts, CSV appointment lists, pipe tables of
// payments, contracts, logs with IPs, SMS. Doctors by title with initials
// ("хирург Павлов А.И.", "к.м.н. Е.В. Миронова") and by surname, patients
// and relatives in many cases and diminutives. Negatives: diseases and
// methods named after people (болезнь Паркинсона, по Бобату, аппарат
// Илизарова), famous doctors and characters, room numbers, OMS policies,
// numbers with wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.250 (engine
// 1.245.0, commit 4baaa97): PASSPORT 0.966 missed its target (a passport's
// number read out in words in a transcript); PERSON 0.973, PHONE 0.991,
// ADDRESS 0.993 and the other types (1.0) met theirs; 1.371% of PII
// characters leaked (129 of 9410: PERSON 22, PHONE 18, PASSPORT 30, ADDRESS
// 59), against the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.251
// (engine 1.246.0), with those of the other files from heldout901 to
// heldout908: none of its own misses; the rules from the other files changed
// none of its figures. Left: a passport read out in words, doctors by
// surname alone, and a nurse's diminutive. Tuned: PERSON 0.973, PHONE 0.991,
// PASSPORT 0.966, ADDRESS 0.993; 1.371% leaked (129 of 9410).

// heldout907Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout907Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.965, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout907MaxLeak: target 0.005, missed untuned (1.371%), missed tuned (1.371%).
const heldout907MaxLeak = 0.014

func TestHeldout907(t *testing.T) {
	corpusCheck{file: "testdata/heldout907.jsonl", name: "nine-hundred-and-seventh held-out corpus", minMessages: 250,
		floors: heldout907Floor, everyType: true, maxLeak: heldout907MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
