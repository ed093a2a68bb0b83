package pii

import "testing"

// testdata/heldout442.jsonl is the four-hundred-and-forty-second held-out
// file: 280 messages (140 Russian, 140 English; 61 without personal data;
// 540 gold spans: PERSON 276, ADDRESS 73, PHONE 59, EMAIL 39, INN 17, IP 17,
// PASSPORT 17, BANK_ACCOUNT 15, CARD 13, OGRN 7, SNILS 7), written by hand
// by someone who saw neither the engine nor any other labelled file, while
// the engine was tuned on files up to heldout440. It is the CRM of an HR and
// payroll outsourcing firm in Moscow, Nizhny Novgorod and Minsk: hiring
// paperwork, employment contracts, payroll, sick leaves, vacations,
// dismissals, salary cards, tax deductions, child benefits, certificates,
// foreign employees' permits. E-mails from client companies' HR managers
// with employee data and quoted replies, chats, lower-case call transcripts,
// 1C exports as CSV (ФИО, СНИЛС, ИНН, счёт), pipe tables of payroll, JSON
// from an HR portal, audit logs, OCR'd passports, sick-leave certificates
// and applications. Employees' full records in tables, children named in
// benefit applications, names in the dative and genitive of applications,
// Belarusian passports and addresses. Negatives: Belarusian personal and УНП
// numbers, sick-leave, order and tabel numbers, salaries, work permits,
// famous people, numbers with wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.185 (engine
// 1.180.0, commit e83e99f): SNILS 0.923 missed its target (a SNILS logged
// after "new=" in an audit line); PERSON 0.986, PHONE 0.983, ADDRESS 0.944
// and the other types (1.0) met theirs; 3.616% of PII characters leaked (388
// of 10730: PERSON 46, PHONE 58, SNILS 14, PASSPORT 6, ADDRESS 264), against
// the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.186
// (engine 1.181.0), with those of the other files from heldout441 to
// heldout444: a lettered house with its flat and the city after it
// ("Сурганова 57Б-122, Минск, 220100"), Belarusian streets in Latin letters
// ("Kalvaryjskaja 21-87", "vul. Ya. Kolasa 44-19"). Left: a SNILS after
// "new=" in an audit log, a German surname glued to the country in a
// machine-readable line, a column header read as a name, and spoken phones
// with a country code. Tuned: PERSON 0.986, PHONE 0.983, SNILS 0.923,
// ADDRESS 0.973; 2.936% leaked (315 of 10730).
//
// Since rules-2025.219 the engine masks a Belarusian identification number
// ("3120590A001PB5") as an identity document, as heldout474, 512, 531, 596,
// 670 and 674 label it; this file leaves its three unlabelled, so its
// PASSPORT F1 is 0.919 and its floor 0.91.

// heldout442Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout442Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.91, TypePhone: 0.97, TypeSNILS: 0.923, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout442MaxLeak: target 0.005, missed untuned (3.616%), missed tuned (2.936%).
const heldout442MaxLeak = 0.03

func TestHeldout442(t *testing.T) {
	corpusCheck{file: "testdata/heldout442.jsonl", name: "four-hundred-and-forty-second held-out corpus", minMessages: 250,
		floors: heldout442Floor, everyType: true, maxLeak: heldout442MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
