package pii

import "testing"

// testdata/heldout310.jsonl is the three-hundred-and-tenth held-out
// file: 277 messages (139 Russian, 138 English; 56 without personal data;
// 535 gold spans: PERSON 264, PHONE 88, ADDRESS 53, EMAIL 33, PASSPORT 30,
// INN 15, CARD 15, IP 13, BANK_ACCOUNT 10, OGRN 7, SNILS 7), written by
// hand by someone who saw neither the engine nor any other labelled file,
// while the engine was tuned on heldout304 to heldout307.
// It is the CRM of a parcel-locker and pickup-point franchise network in
// Moscow, Novosibirsk, Minsk and Bishkek: recipients' notifications with
// tracking numbers and pickup codes, franchisee contracts and requisites,
// courier onboarding with Russian, Belarusian, Kyrgyz, Kazakh and foreign
// passports and SNILS, lost and damaged parcel claims, refunds, complaints,
// fraud calls, deletion requests. Chats, SMS notifications, lower-case
// call transcripts with spoken addresses, e-mails with headers, quotes,
// forwards and signatures, web forms, CSV, pipe and semicolon courier,
// claim and payroll tables, an OCR'd passport, locker, payment and login
// logs; foreign recipients in English. Belarusian and Kyrgyz names,
// initials first, every case form, diminutives, names that are also words
// used both ways. Negatives: pickup codes and tracking numbers next to
// phones, a Kyrgyz company INN, Belarusian УНП, driving licences, order,
// claim and ticket numbers, RRNs, a VIN, plates, ОМС, КПП, БИК, ОКПО,
// masked cards, versions shaped like IPs, wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.153 (engine
// 1.148.0, commit 5e603c2): PASSPORT 0.947 missed its target (Belarusian
// passports under a CSV header whose rows hold an unquoted "Partyzanski
// Ave 150, Minsk"); PERSON 0.970 and the other types (1.0) met theirs;
// 0.910% of PII characters leaked (77 of 8462: PERSON 47, PASSPORT 30),
// against the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.154
// (engine 1.149.0), with those of the other files from heldout304 to
// heldout311: a CSV row whose last cell holds a comma keeps its columns'
// headers, and the cell's address starts at the cell
// ("…,MSK-BY-03,Partyzanski Ave 150, Minsk"). Tuned: PASSPORT 1.0 (now met),
// PERSON 0.970; 0.555% leaked (47 of 8462).

// heldout310Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout310Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.97, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout310MaxLeak: target 0.005, missed untuned (0.910%), missed tuned (0.555%).
const heldout310MaxLeak = 0.006

func TestHeldout310(t *testing.T) {
	corpusCheck{file: "testdata/heldout310.jsonl", name: "three-hundred-and-tenth held-out corpus", minMessages: 250,
		floors: heldout310Floor, everyType: true, maxLeak: heldout310MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
