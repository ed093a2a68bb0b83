package pii

import "testing"

// testdata/heldout803.jsonl is the eight-hundred-and-third held-out file:
// 280 messages (140 Russian, 140 English; 62 without personal data; 535 gold
// spans: PERSON 270, ADDRESS 72, PHONE 55, EMAIL 39, BANK_ACCOUNT 17, INN
// 17, IP 17, PASSPORT 17, CARD 16, SNILS 8, OGRN 7), written by hand by
// someone who saw neither the engine nor any other labelled file, while the
// engine was tuned on files up to heldout796. It is the CRM of a supplier of
// mobility aids and stairlifts for disabled people in St Petersburg and the
// Leningrad region: home surveys, installations, social fund compensations,
// relatives, service visits. E-mails with relatives, lower-case call
// transcripts, social fund applications, CSV lists of installations, pipe
// tables of compensations, chats with installers, logs with IPs, SMS.
// Guardians and wards, doctors by surname only, addresses with entrance and
// floor, SNILS in three layouts, phones and addresses said in words.
// Negatives: diseases named after people (болезнь Паркинсона, Alzheimer's),
// intercom codes, famous people, disability certificates, version numbers
// shaped like IPs, numbers with wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.236 (engine
// 1.231.0, commit 004f470): PASSPORT 0.941 missed its target (a passport's
// series and number with "number" between them missed; a foreign passport's
// letter and digits read where none was labelled); PERSON 0.978, PHONE
// 0.972, ADDRESS 0.986, IP 0.971 and the other types (1.0) met theirs;
// 1.782% of PII characters leaked (174 of 9762: PERSON 28, PHONE 52,
// PASSPORT 18, ADDRESS 76), against the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.237
// (engine 1.232.0), with those of the other files from heldout797 to
// heldout804: a short landline after "Свяжитесь с нами" and with an
// extension after it, and a house on Vasilyevsky Island after "pr." ("14
// Sredny pr. V.O., apt 9"). Left: a surname and first name over two lines,
// brands named after people, a passport with "number" between its series and
// number, and a version number read as an IP. Tuned: PERSON 0.978, PHONE
// 0.991, PASSPORT 0.941, IP 0.971; 1.465% leaked (143 of 9762).

// heldout803Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout803Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.941, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout803MaxLeak: target 0.005, missed untuned (1.782%), missed tuned (1.465%).
const heldout803MaxLeak = 0.015

func TestHeldout803(t *testing.T) {
	corpusCheck{file: "testdata/heldout803.jsonl", name: "eight-hundred-and-third held-out corpus", minMessages: 250,
		floors: heldout803Floor, everyType: true, maxLeak: heldout803MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
