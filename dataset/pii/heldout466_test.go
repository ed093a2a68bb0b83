package pii

import "testing"

// testdata/heldout466.jsonl is the four-hundred-and-sixty-sixth held-out
// file: 280 messages (140 Russian, 140 English; 60 without personal data;
// 511 gold spans: PERSON 276, ADDRESS 64, PHONE 55, EMAIL 37, PASSPORT 17,
// IP 16, BANK_ACCOUNT 12, INN 11, CARD 10, OGRN 7, SNILS 6), written by hand
// by someone who saw neither the engine nor any other labelled file, while
// the engine was tuned on files up to heldout464. It is the CRM of a private
// ambulance and medical transport service in Moscow, Kazan and Almaty:
// transfers between hospitals, bedridden patients taken home, doctor-on-
// board calls, contracts with relatives, payments, insurance cases,
// complaints about delays. Lower-case call transcripts with an address,
// entrance, floor and lift and a relative's phone read out, chats, e-mails
// from hospitals and insurers with quotes, web order forms, CSV trip
// registers, pipe tables of payments, dispatch logs, OCR'd contracts,
// passports and policies, SMS. Hospitals and diseases named after people,
// patients by initials, names in the genitive and the dative, Almaty
// microdistricts, a relative's card. Negatives: policy, ward and bed
// numbers, numbers with wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.189 (engine
// 1.184.0, commit 68f3815): PASSPORT 0.903 missed its target (a Russian
// passport with "ном." between series and number, a Spanish DNI and a German
// ID card of letters and digits); PERSON 0.982, ADDRESS 0.968 and the other
// types (1.0) met theirs; 3.368% of PII characters leaked (316 of 9382:
// PERSON 53, PHONE 7, PASSPORT 35, ADDRESS 221), against the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.190
// (engine 1.185.0), with those of the other files from heldout465 to
// heldout472: a surname after "surname" in English, a to-do's "Сообщить
// Гончаруку", and a passport's "ном." between series and number. Left: a
// Spanish DNI and a German ID card of letters and digits, a patient named by
// an initial alone, lower-case Kazakh surnames before a first name, and
// hospitals named after people. Tuned: PERSON 0.986, PASSPORT 0.938, ADDRESS
// 0.968; 3.006% leaked (282 of 9382).

// heldout466Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout466Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.937, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout466MaxLeak: target 0.005, missed untuned (3.368%), missed tuned (3.006%).
const heldout466MaxLeak = 0.031

func TestHeldout466(t *testing.T) {
	corpusCheck{file: "testdata/heldout466.jsonl", name: "four-hundred-and-sixty-sixth held-out corpus", minMessages: 250,
		floors: heldout466Floor, everyType: true, maxLeak: heldout466MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
