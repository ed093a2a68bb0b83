package pii

import "testing"

// testdata/heldout762.jsonl is the seven-hundred-and-sixty-second held-out
// file: 280 messages (140 Russian, 140 English; 62 without personal data;
// 523 gold spans: PERSON 277, ADDRESS 73, PHONE 52, EMAIL 37, PASSPORT 17,
// IP 16, INN 15, BANK_ACCOUNT 11, CARD 10, OGRN 8, SNILS 7), written by hand
// by someone who saw neither the engine nor any other labelled file, while
// the engine was tuned on files up to heldout756. It is the CRM of a
// regional gas distribution company's subscriber department in Stavropol,
// Pyatigorsk and Kislovodsk: gas connections, meter checks, equipment
// inspections, debts. Chats with subscribers, lower-case call transcripts,
// e-mails with quotes, inspection acts, CSV of subscribers, pipe tables,
// webhooks and logs with IPs, OCR'd contracts and passports, SMS. Owners in
// their cases, Armenian, Karachay, Ossetian and Dagestani names, private
// houses with fractions (12/3), stanitsas and khutors, phones and passports
// said in words. Negatives: meter and boiler models, personal account and
// order numbers, a dog named Churchill, famous people, numbers with wrong
// check digits.
//
// The engine was judged on it once, untuned, with rules-2025.231 (engine
// 1.226.0, commit 66b2e31): INN 0.968, PASSPORT 0.938 missed their targets
// (a personal account said in words read as an INN; a passport said in words
// and a German passport's number after "it's a german one"); PERSON 0.967,
// PHONE 0.970, ADDRESS 0.937 and the other types (1.0) met theirs; 4.878% of
// PII characters leaked (509 of 10434: PERSON 109, PHONE 70, PASSPORT 92,
// ADDRESS 238), against the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.232
// (engine 1.227.0), with those of the other files from heldout757 to
// heldout764: a private house's number with a fraction after a street named
// for a person ("на Серова 470/12"), and the stanitsa or village after the
// house ("ул. Водопроводная, 4/12 в станице Горячеводской", "пер. садовый 11
// ст. боргустанская", "Kochubeya 9 in Goryachevodsky"). Left: lower-case
// Caucasian surnames and names in transcripts, phones and passports said in
// words, a personal account in words read as an INN, and a famous writer.
// Tuned: PERSON 0.969, PHONE 0.970, INN 0.968, PASSPORT 0.938, ADDRESS
// 0.986; 4.236% leaked (442 of 10434).

// heldout762Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout762Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.967, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.937, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout762MaxLeak: target 0.005, missed untuned (4.878%), missed tuned (4.236%).
const heldout762MaxLeak = 0.043

func TestHeldout762(t *testing.T) {
	corpusCheck{file: "testdata/heldout762.jsonl", name: "seven-hundred-and-sixty-second held-out corpus", minMessages: 250,
		floors: heldout762Floor, everyType: true, maxLeak: heldout762MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
