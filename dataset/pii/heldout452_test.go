package pii

import "testing"

// testdata/heldout452.jsonl is the four-hundred-and-fifty-second held-out
// file: 280 messages (140 Russian, 140 English; 62 without personal data;
// 509 gold spans: PERSON 273, ADDRESS 63, PHONE 53, EMAIL 35, PASSPORT 17,
// INN 16, IP 16, BANK_ACCOUNT 12, CARD 10, OGRN 7, SNILS 7), written by hand
// by someone who saw neither the engine nor any other labelled file, while
// the engine was tuned on files up to heldout444. It is the CRM of a non-
// medical home care agency for the elderly in St Petersburg, Novosibirsk and
// Minsk: caregivers' visits, clients' relatives as payers, schedules,
// medication reminders, incidents, payments, caregivers' payroll, contracts
// with passports, complaints. Chats with relatives, lower-case call
// transcripts with a client's address, entrance, floor and intercom and a
// phone read out, e-mails with quotes, web forms, CSV visit schedules, pipe
// tables of caregivers' hours and payouts, app logs, OCR'd contracts and
// passports, SMS. Elderly clients by first name and patronymic, relatives
// named with their relation, caregivers by first name, Minsk addresses.
// Negatives: medicines, diseases named after people, visit and contract
// numbers, Belarusian IBANs, famous people, numbers with wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.186 (engine
// 1.181.0, commit 8310a5a): PASSPORT 0.938 missed its target (a passport
// number after "N°" and a passport of letters and digits); PERSON 0.978 and
// the other types (1.0) met theirs; 1.882% of PII characters leaked (178 of
// 9456: PERSON 58, PASSPORT 24, ADDRESS 96), against the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.189
// (engine 1.184.0), with those of the other files from heldout450 to
// heldout464: a surname and a given name answered with a comma ("кузьмина,
// регина"), "SURNAME, given name" with its patronymic, and a person visited
// no longer read as the town before an address ("едете к Шульге, Красный
// проспект 186/1"). Left: a surname in the dative before an address,
// passports with "N°" or of letters and digits, and lower-case surnames.
// Tuned: PERSON 0.983, PASSPORT 0.938; 1.840% leaked (174 of 9456).

// heldout452Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout452Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.937, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout452MaxLeak: target 0.005, missed untuned (1.882%), missed tuned (1.840%).
const heldout452MaxLeak = 0.019

func TestHeldout452(t *testing.T) {
	corpusCheck{file: "testdata/heldout452.jsonl", name: "four-hundred-and-fifty-second held-out corpus", minMessages: 250,
		floors: heldout452Floor, everyType: true, maxLeak: heldout452MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
