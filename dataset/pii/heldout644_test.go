package pii

import "testing"

// testdata/heldout644.jsonl is the six-hundred-and-forty-fourth held-out
// file: 280 messages (140 Russian, 140 English; 63 without personal data;
// 505 gold spans: PERSON 269, ADDRESS 64, PHONE 53, EMAIL 37, PASSPORT 17,
// IP 16, INN 13, BANK_ACCOUNT 12, CARD 10, OGRN 8, SNILS 6), written by hand
// by someone who saw neither the engine nor any other labelled file, while
// the engine was tuned on files up to heldout636. It is the CRM of an event
// ticketing and festival volunteer centre in Kaliningrad, Pskov and Veliky
// Novgorod: festival tickets, volunteer registration, accreditation, shifts,
// lost tickets, refunds. Chats with volunteers and visitors, lower-case call
// transcripts, e-mails with quotes, web forms, CSV and pipe volunteer lists,
// webhooks and logs, OCR'd contracts, passports and a noisy registration
// form, SMS. Volunteers by first name and badge number, names in their cases
// and diminutives, a nickname, names in capitals with slashes, Polish and
// Lithuanian visitors with their passports, ID cards and phones, phones and
// addresses said in words. Negatives: bands and stages named after people,
// famous poets, singers and writers, a firmware version, masked cards,
// codes, numbers with wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.214 (engine
// 1.209.0, commit daada41): INN 0.963, SNILS 0.909, PASSPORT 0.903 missed
// their targets (a phone extension's digits read as an INN; a SNILS between
// underscores in a noisy form; Polish and Lithuanian passports and ID cards
// of letters and digits or eight digits, one dictated in lower case); PERSON
// 0.959, ADDRESS 0.984 and the other types (1.0) met theirs; 2.005% of PII
// characters leaked (174 of 8680: PERSON 71, PHONE 7, SNILS 14, PASSPORT 28,
// ADDRESS 54), against the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.215
// (engine 1.210.0), with those of the other files from heldout637 to
// heldout644: a SNILS in a form's blanks ("СНИЛС:_156-044-981 70_"), Polish
// and Lithuanian passports' words ("paszport nr AZ 3381094"), the given name
// Jan ("Jan Wójtowicz") and Tatar and Russian names ("Руфина", "с Гаязом").
// Left: famous writers and singers, a ticket's number read as an INN, a
// passport said in lower-case letters, and volunteers' nicknames. Tuned:
// SNILS 1.0 (now met), PERSON 0.965, INN 0.963, PASSPORT 0.9697, ADDRESS
// 0.984; 1.348% leaked (117 of 8680).

// heldout644Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout644Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.962, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.969, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout644MaxLeak: target 0.005, missed untuned (2.005%), missed tuned (1.348%).
const heldout644MaxLeak = 0.014

func TestHeldout644(t *testing.T) {
	corpusCheck{file: "testdata/heldout644.jsonl", name: "six-hundred-and-forty-fourth held-out corpus", minMessages: 250,
		floors: heldout644Floor, everyType: true, maxLeak: heldout644MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
