package pii

import "testing"

// testdata/heldout401.jsonl is the four-hundred-and-first held-out file:
// 280 messages (144 Russian, 136 English; 59 without personal data; 526
// gold spans: PERSON 286, PASSPORT 66, PHONE 51, EMAIL 33, ADDRESS 23,
// CARD 13, IP 13, INN 11, BANK_ACCOUNT 11, SNILS 10, OGRN 9), written by
// hand by someone who saw neither the engine nor any other labelled file,
// while the engine was tuned on files up to heldout399. It is the CRM of a
// railway and bus ticket agency in Moscow, Yekaterinburg, Novosibirsk and
// Minsk: bookings with passports, changes and refunds, lost tickets,
// pension and disability discounts with SNILS, school and corporate
// groups, complaints, Trans-Siberian tourists. Chats, lower-case call
// transcripts with a passport dictated in words and digits, e-mails with
// headers, quotes and signatures, web forms, SMS, booking and auth logs,
// OCR'd passports with an MRZ name, requisites blocks, CSV and pipe
// passenger lists with foreign passports. Group lists in capitals,
// children, conductors as "Фамилия И.О.", airline-style names, every case
// form. Negatives: trains named after people («Лев Толстой», «Пётр Ильич
// Чайковский», Leo Tolstoy), car and seat numbers beside passports, birth-
// certificate numbers, bonus numbers, masked cards, КПП, БИК, wrong check
// digits.
//
// The engine was judged on it once, untuned, with rules-2025.174 (engine
// 1.169.0, commit fa120a6): EMAIL 0.957 and PASSPORT 0.902 missed their
// targets (the agency's own mailboxes, left unlabelled; foreign passports
// in passenger lists with no word before them, French "18CD74520" and
// nine-digit US numbers, and a Russian one dictated half in words);
// ADDRESS 0.978, PERSON 0.967, PHONE 0.990 and the other types (1.0) met
// theirs; 2.813% of PII characters leaked (215 of 7643: PASSPORT 102,
// PERSON 65, ADDRESS 48).
//
// It is no longer held out: after that run its misses drove rules-2025.176
// (engine 1.171.0), with those of the other files from heldout400 to
// heldout411: a booking log's passenger document after "doc="
// ("pax=TRUBNIKOV ALEKSEI doc=65 09 441827", "doc=EN4812073"). Left: foreign
// passports in a table with no passport word, a passport dictated in words,
// and the firm's own mailboxes its writer left unlabelled. Tuned: PERSON
// 0.967, PHONE 0.990, EMAIL 0.957, PASSPORT 0.919, ADDRESS 0.978; 2.538%
// leaked (194 of 7643).

// heldout401Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout401Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.95, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.9, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout401MaxLeak: target 0.005, missed untuned (2.813%), missed tuned (2.538%).
const heldout401MaxLeak = 0.026

func TestHeldout401(t *testing.T) {
	corpusCheck{file: "testdata/heldout401.jsonl", name: "four-hundred-and-first held-out corpus", minMessages: 250,
		floors: heldout401Floor, everyType: true, maxLeak: heldout401MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
