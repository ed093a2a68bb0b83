package pii

import "testing"

// testdata/heldout1232.jsonl is the one-thousand-two-hundred-and-thirty-second
// held-out file: 280 messages (140 Russian, 140 English; 65 without personal
// data; 570 gold spans: PERSON 299, ADDRESS 71, PHONE 59, EMAIL 39, PASSPORT
// 20, IP 20, INN 18, BANK_ACCOUNT 15, CARD 13, SNILS 9, OGRN 7), written by
// hand by someone who saw neither the engine nor any other labelled file,
// while the engine was tuned on files up to heldout1220. It is an accounting
// and payroll outsourcing bureau in Kazan serving small businesses: payroll
// lists, sick-leave certificates, tax reports, employee onboarding. Its brief
// asked for chats, lower-case call transcripts with numbers said aloud,
// e-mails, CSV exports and pipe tables, logs with IPs, SMS, staff notes,
// contracts and forms; and for payroll tables with full names, SNILS, INN and
// card numbers; employees in dative (выплатить Гарипову И.Р.); company
// requisites (INN/KPP/OGRN) as firm data; names inside file names
// (zp_Ivanova_03.xlsx).
//
// The engine was judged on it once, untuned, with rules-2025.290 (engine
// 1.285.0, commit 5466249): BANK_ACCOUNT 0.938 missed its target; PERSON
// 0.978, PHONE 0.992, PASSPORT 0.974, IP 0.974 and the other types (1.0) met
// theirs; 1.612% of PII characters leaked (158 of 9799: PERSON 77, PASSPORT
// 68, IP 13), against the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.291
// (engine 1.286.0), with those of the other files from heldout1221 to
// heldout1236: none of its own misses; the rules from the other files changed
// none of its figures. Left: names in file names (tabel_Park_march.xlsx),
// surnames alone that are words (Зима, BAKER), a whole name in capitals in a
// payroll table (АРУТЮНЯН ГОР ВАРДАНОВИЧ). Tuned: PERSON 0.978, PHONE 0.992,
// PASSPORT 0.974, IP 0.974, BANK_ACCOUNT 0.938; 1.612% leaked (158 of 9799).

// heldout1232Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout1232Floor = map[string]float64{
	TypeBankAccount: 0.936, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.97, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout1232MaxLeak: target 0.005, missed untuned (1.612%), missed tuned (1.612%).
const heldout1232MaxLeak = 0.017

func TestHeldout1232(t *testing.T) {
	corpusCheck{file: "testdata/heldout1232.jsonl", name: "one-thousand-two-hundred-and-thirty-second held-out corpus", minMessages: 250,
		floors: heldout1232Floor, everyType: true, maxLeak: heldout1232MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
