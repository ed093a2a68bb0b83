package pii

import "testing"

// testdata/heldout468.jsonl is the four-hundred-and-sixty-eighth held-out
// file: 280 messages (140 Russian, 140 English; 63 without personal data;
// 522 gold spans: PERSON 273, ADDRESS 64, PHONE 55, EMAIL 37, PASSPORT 17,
// BANK_ACCOUNT 16, INN 16, IP 16, CARD 15, OGRN 7, SNILS 6), written by hand
// by someone who saw neither the engine nor any other labelled file, while
// the engine was tuned on files up to heldout464. It is the CRM of a
// translation and notarised documents bureau in Moscow, Yekaterinburg and
// Tbilisi: translations of passports, diplomas, birth, marriage and death
// certificates for emigration and visas, apostilles, notary appointments,
// urgent orders, couriers, payments, complaints about spelled names. E-mails
// with quotes and lists of attachments, chats, lower-case call transcripts
// with a name spelled letter by letter and a phone read out, web order
// forms, CSV order lists, pipe tables of translators' payouts, CRM logs,
// OCR'd passports and certificates with their English translations, SMS.
// Names transliterated several ways, Georgian names and Tbilisi addresses,
// the dead and parents named in certificates, spoken e-mails (labelled by
// its writer). Negatives: certificate and apostille numbers, order numbers,
// famous people, numbers with wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.189 (engine
// 1.184.0, commit 68f3815): PHONE 0.962, PASSPORT 0.903 missed their targets
// (a Georgian ID card of letters and digits, a passport number in a machine-
// readable line and one read out in words; Georgian mobiles without "+" and
// phones read out in words); PERSON 0.937, EMAIL 0.986, ADDRESS 0.984 and
// the other types (1.0) met theirs; 6.982% of PII characters leaked (699 of
// 10012: PERSON 285, PHONE 182, EMAIL 36, PASSPORT 97, ADDRESS 99), against
// the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.190
// (engine 1.185.0), with those of the other files from heldout465 to
// heldout472: a name's Latin spellings after the words that introduce them
// ("написана как SCHERBAKOV", "у него TIMOFEI", "spelled ALEKSEI"), names
// spelled with dashes and the word they spell ("makharadze. m-a-k-h-a-r-a-d-
// z-e"), and a Georgian mobile someone gives ("Her number is 558 44 71 09").
// Left: phones, passports and e-mails read out in words, Georgian surnames
// in Cyrillic, a machine-readable line, a Georgian ID card of letters and
// digits, and lower-case Georgian names. Tuned: PERSON 0.961, PHONE 0.972
// (now met), EMAIL 0.986, PASSPORT 0.903, ADDRESS 0.984; 5.543% leaked (555
// of 10012).

// heldout468Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout468Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.903, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout468MaxLeak: target 0.005, missed untuned (6.982%), missed tuned (5.543%).
const heldout468MaxLeak = 0.056

func TestHeldout468(t *testing.T) {
	corpusCheck{file: "testdata/heldout468.jsonl", name: "four-hundred-and-sixty-eighth held-out corpus", minMessages: 250,
		floors: heldout468Floor, everyType: true, maxLeak: heldout468MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
