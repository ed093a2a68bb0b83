package pii

import "testing"

// testdata/heldout429.jsonl is the four-hundred-and-twenty-ninth held-out
// file: 280 messages (140 Russian, 140 English; 64 without personal data;
// 527 gold spans: PERSON 275, ADDRESS 72, PHONE 56, EMAIL 36, PASSPORT 18,
// IP 17, INN 14, BANK_ACCOUNT 13, CARD 12, OGRN 8, SNILS 6), written by hand
// by someone who saw neither the engine nor any other labelled file, while
// the engine was tuned on files up to heldout428. It is the CRM of a dental
// clinic network in Saint Petersburg, Kaliningrad and Riga: bookings for
// cleanings, implants and orthodontics, treatment plans with instalments,
// insurers' letters of guarantee, X-ray requests, reminders, complaints
// after a procedure, refunds to cards, children brought by parents. Chats,
// lower-case call transcripts with phones, birth dates and home-visit
// addresses read out, e-mails with quoted replies and signatures, web
// booking forms, SMS reminders, CSV appointment exports, pipe tables of
// payments, CRM audit logs, OCR'd insurance letters and passports. A child
// named with a parent, doctors by first name and patronymic in every case,
// Latvian names and addresses (iela), a phone split across two messages, a
// surname spelled letter by letter. Negatives: Latvian personal codes, tooth
// numbers, ICD codes, treatment plan and insurance policy numbers, last-four
// refunds, famous people, numbers with wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.182 (engine
// 1.177.0, commit 88423b2): PHONE 0.953, ADDRESS 0.859 missed their targets
// (addresses in Riga, in English and Latvian, and streets said aloud; phones
// split across messages or read out in groups); PERSON 0.959, PASSPORT 0.971
// and the other types (1.0) met theirs; 8.771% of PII characters leaked (853
// of 9725: PERSON 141, PHONE 69, PASSPORT 9, ADDRESS 634), against the
// target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.183
// (engine 1.178.0), with those of the other files from heldout429 to
// heldout432: streets said aloud in English with hyphenated numbers
// ("twenty-two marata street, flat fifteen"), Latvian streets with "iela"
// and "gatve", a house and flat joined by "dash", a floor by its ordinal and
// the town after a comma, "nevsky, house eighty-five", the adjective surname
// Ланская, and a marshal's street no longer read as a person ("на Маршала
// Говорова"). Left: phones split across messages or read out in groups, a
// spoken postcode, Latvian names with diacritics, a surname spelled letter
// by letter, lower-case names and a Latvian ID card number. Tuned: PERSON
// 0.965, PHONE 0.953, PASSPORT 0.971, ADDRESS 0.952 (now met); 4.329% leaked
// (421 of 9725).

// heldout429Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout429Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.97, TypePhone: 0.953, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout429MaxLeak: target 0.005, missed untuned (8.771%), missed tuned (4.329%).
const heldout429MaxLeak = 0.044

func TestHeldout429(t *testing.T) {
	corpusCheck{file: "testdata/heldout429.jsonl", name: "four-hundred-and-twenty-ninth held-out corpus", minMessages: 250,
		floors: heldout429Floor, everyType: true, maxLeak: heldout429MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
