package pii

import "testing"

// testdata/heldout352.jsonl is the three-hundred-and-fifty-second held-out
// file: 279 messages (141 Russian, 138 English; 60 without personal data;
// 471 gold spans: PERSON 263, ADDRESS 73, PHONE 59, EMAIL 24, INN 11, CARD
// 10, BANK_ACCOUNT 8, IP 7, OGRN 6, PASSPORT 6, SNILS 4), written by hand
// by someone who saw neither the engine nor any other labelled file, while
// the engine was tuned on files up to heldout351. It is the CRM of a pest
// control and disinfection service in Moscow region, Krasnodar and Minsk:
// cockroaches, bedbugs and rodents in flats, restaurants, hostels and
// clinics, technicians' visits, company contracts, treatment certificates
// and acts, invoices, complaints, expats. Chats, SMS, lower-case call
// transcripts, e-mails with headers, quotes and signatures, web forms, CRM
// logs, CSV and pipe visit schedules, requisites. Technicians by first
// name and patronymic (Виктор Палыч), plural family names, Belarusian
// names and a Belarusian passport, "SURNAME/NAME MR". Negatives:
// restaurants and products named like people («У Тамары», "Mario's", «Иван
// да Марья», "Машенька" chalk, Mr. Clean), a cat named Boris, an account
// failing its key, request and certificate numbers, КПП, БИК, wrong check
// digits.
//
// The engine was judged on it once, untuned, with rules-2025.165 (engine
// 1.160.0, commit a3b46df): BANK_ACCOUNT 0.941 missed its target (an
// account the text says fails its control key, that the writer left
// unlabelled); ADDRESS 0.986, PERSON 0.972 and the other types (1.0) met
// theirs; 0.498% of PII characters leaked (40 of 8038: ADDRESS 26, PERSON
// 14), just under the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.166
// (engine 1.161.0), with those of the other files from heldout352 to
// heldout355: a restaurant named like a person ("Nonna Rosa"). Tuned: PERSON
// 0.976, BANK_ACCOUNT and ADDRESS as untuned; 0.498% leaked (40 of 8038).

// heldout352Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout352Floor = map[string]float64{
	TypeBankAccount: 0.94, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.97, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout352MaxLeak: target 0.005, met untuned (0.498%), met tuned (0.498%).
const heldout352MaxLeak = 0.005

func TestHeldout352(t *testing.T) {
	corpusCheck{file: "testdata/heldout352.jsonl", name: "three-hundred-and-fifty-second held-out corpus", minMessages: 250,
		floors: heldout352Floor, everyType: true, maxLeak: heldout352MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
