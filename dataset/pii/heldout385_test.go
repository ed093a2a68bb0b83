package pii

import "testing"

// testdata/heldout385.jsonl is the three-hundred-and-eighty-fifth held-out
// file: 279 messages (140 Russian, 139 English; 56 without personal data;
// 599 gold spans: PERSON 359, PHONE 75, PASSPORT 34, ADDRESS 34, EMAIL 20,
// IP 20, CARD 15, BANK_ACCOUNT 15, INN 13, OGRN 7, SNILS 7), written by
// hand by someone who saw neither the engine nor any other labelled file,
// while the engine was tuned on files up to heldout383. It is the CRM of a
// mining company's shift-work (вахта) logistics and HR desk for sites in
// Yakutia, Chukotka and the Krasnoyarsk region: rotations, charter and
// scheduled flights with passenger lists, pre-shift medical checks, camp
// rooms, allowances and per diems, contractors, incidents, foreign
// engineers and auditors. Chats, lower-case satellite-phone transcripts,
// e-mails with headers, quotes and signatures, forms, CSV and pipe
// passenger lists, HR and access-control logs with quoted "Surname, Given"
// fields, SNILS registers, SMS, OCR'd passports. Surnames first in
// capitals with airline suffixes, workers by surname only, Yakut names,
// every case form, words that are also names used both ways (Мороз, Зима,
// Пила). Negatives: mines and deposits named after people (рудник им.
// Матросова, Matrosov Mine, Olimpiada), e-tickets, air waybills, ОКПО,
// masked cards, КПП, БИК, wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.170 (engine
// 1.165.0, commit afcf35d): SNILS 0.833 missed its target (a register's
// number before each SNILS, "04091 127-448-302 60", read together as a
// phone); PERSON 0.948, PHONE 0.980 and the other types (1.0) met theirs;
// 3.535% of PII characters leaked (312 of 8827: PERSON 258, ADDRESS 26,
// PHONE 14, SNILS 14).
//
// It is no longer held out: after that run its misses drove rules-2025.171
// (engine 1.166.0), with those of the other files from heldout384 to
// heldout387: a register's number before each SNILS ("04091 127-448-302
// 60"), a mine named after a person ("Matrosov Mine"). Tuned: SNILS 1.0 (now
// met), PERSON 0.950, PHONE 0.993; 3.376% leaked (298 of 8827).

// heldout385Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout385Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.97, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout385MaxLeak: target 0.005, missed untuned (3.535%), missed tuned (3.376%).
const heldout385MaxLeak = 0.034

func TestHeldout385(t *testing.T) {
	corpusCheck{file: "testdata/heldout385.jsonl", name: "three-hundred-and-eighty-fifth held-out corpus", minMessages: 250,
		floors: heldout385Floor, everyType: true, maxLeak: heldout385MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
