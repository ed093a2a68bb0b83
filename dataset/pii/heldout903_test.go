package pii

import "testing"

// testdata/heldout903.jsonl is the nine-hundred-and-third held-out file: 280
// messages (140 Russian, 140 English; 63 without personal data; 526 gold
// spans: PERSON 271, ADDRESS 73, PHONE 57, EMAIL 38, IP 18, PASSPORT 16,
// CARD 13, BANK_ACCOUNT 12, INN 12, OGRN 8, SNILS 8), written by hand by
// someone who saw neither the engine nor any other labelled file, while the
// engine was tuned on files up to heldout900. It is the CRM of a home
// nursing and elderly care agency in Saint Petersburg and Pskov: caregivers,
// patients, shifts, medications, relatives, payments, incidents. Lower-case
// call transcripts with relatives, chats with caregivers, e-mails with
// hospitals, CSV shift lists, pipe tables of payments, contracts, logs with
// IPs, SMS. Patients as "бабушка Зина" and "дед Коля", caregivers by first
// name, doctors by surname and initials, St Petersburg addresses with
// Vasilyevsky Island's lines. Negatives: medicines (Мезим, Валидол,
// Корвалол), writers and a character, pets, numbers with wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.250 (engine
// 1.245.0, commit 4baaa97): PASSPORT 0.968 missed its target (an ID card's
// number of letters and digits, "L01X00T47"); PERSON 0.987, PHONE 0.991,
// ADDRESS 0.927 and the other types (1.0) met theirs; 4.869% of PII
// characters leaked (466 of 9571: PERSON 28, PHONE 40, PASSPORT 15, ADDRESS
// 383), against the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.251
// (engine 1.246.0), with those of the other files from heldout901 to
// heldout908: Vasilyevsky Island's lines "of Vasilyevsky" and with the house
// first ("61 14th Line, Vasilyevsky Island, apt 3"), the island in lower
// case after a dash, an entrance ("парадная 2"), and a line named by an
// adjective ("Кожевенная линия 7"). Left: a line and its house said in
// English words ("twelve third line"), Petrogradskaya Side's "Bolshoy
// Prospekt", and an ID card of letters and digits. Tuned: PERSON 0.987,
// PHONE 0.991, PASSPORT 0.968, ADDRESS 0.965; 3.417% leaked (327 of 9571).

// heldout903Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout903Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.967, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout903MaxLeak: target 0.005, missed untuned (4.869%), missed tuned (3.417%).
const heldout903MaxLeak = 0.035

func TestHeldout903(t *testing.T) {
	corpusCheck{file: "testdata/heldout903.jsonl", name: "nine-hundred-and-third held-out corpus", minMessages: 250,
		floors: heldout903Floor, everyType: true, maxLeak: heldout903MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
