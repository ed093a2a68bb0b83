package pii

import "testing"

// testdata/heldout435.jsonl is the four-hundred-and-thirty-fifth held-out
// file: 280 messages (140 Russian, 140 English; 62 without personal data;
// 531 gold spans: PERSON 277, ADDRESS 73, PHONE 57, EMAIL 36, PASSPORT 18,
// IP 17, INN 15, BANK_ACCOUNT 13, CARD 11, OGRN 7, SNILS 7), written by hand
// by someone who saw neither the engine nor any other labelled file, while
// the engine was tuned on files up to heldout432. It is the CRM of an
// internet provider and home-security installer in Yekaterinburg,
// Chelyabinsk and Bishkek: connection requests, installers' visits, router
// and camera installations, contracts with passports, payments and debts,
// outages, support with IPs and MAC addresses, moves to a new address.
// Chats, lower-case call transcripts with an address, entrance, floor and
// flat and a phone said aloud, e-mails with headers and quotes, web forms,
// CSV lists of installer visits, pipe tables of payments, router and RADIUS
// logs with public and private IPs, OCR'd contracts and passports, SMS.
// Kyrgyz names in Cyrillic and Latin, Bishkek microdistricts, installers by
// first name. Negatives: MAC addresses, serial numbers, logins, contract
// numbers, versions shaped like IPs, subnet masks, voice assistants, famous
// people, numbers with wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.183 (engine
// 1.178.0, commit 42cbe59): BANK_ACCOUNT 0.960 missed its target (a client's
// 20-digit account after "л/с", which the engine reads as a utility's
// personal account); PERSON 0.980, PHONE 0.983, ADDRESS 0.924, IP 0.971 and
// the other types (1.0) met theirs; 3.386% of PII characters leaked (296 of
// 8743: PERSON 11, PHONE 10, BANK_ACCOUNT 20, ADDRESS 255), against the
// target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.184
// (engine 1.179.0), with those of the other files from heldout433 to
// heldout436: a man's name in the genitive after "на" as a street ("на
// Бебеля 148") and "логин" no longer read as a name. Left: a client's
// account after "л/с", Bishkek microdistricts, a street of three words
// ("Вильгельма де Геннина 31"), streets said aloud with a building number,
// and famous people. Tuned: PERSON 0.982, PHONE 0.983, BANK_ACCOUNT 0.960,
// ADDRESS 0.931, IP 0.971; 3.271% leaked (286 of 8743).

// heldout435Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout435Floor = map[string]float64{
	TypeBankAccount: 0.959, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.97, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout435MaxLeak: target 0.005, missed untuned (3.386%), missed tuned (3.271%).
const heldout435MaxLeak = 0.033

func TestHeldout435(t *testing.T) {
	corpusCheck{file: "testdata/heldout435.jsonl", name: "four-hundred-and-thirty-fifth held-out corpus", minMessages: 250,
		floors: heldout435Floor, everyType: true, maxLeak: heldout435MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
