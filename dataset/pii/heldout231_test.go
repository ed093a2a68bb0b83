package pii

import "testing"

// testdata/heldout231.jsonl is the two-hundred-and-thirty-first held-out
// file: 278 messages (139 Russian, 139 English; 60 without personal data;
// 604 gold spans: PERSON 372, PHONE 67, ADDRESS 38, EMAIL 34, CARD 18, IP
// 18, INN 17, BANK_ACCOUNT 14, PASSPORT 12, OGRN 8, SNILS 6), written by
// hand by someone who saw neither the engine nor any other labelled file,
// while the engine was tuned on heldout220 to heldout223.
// It is the CRM of an online psychotherapy platform for Russian speakers
// in Russia, Israel, Germany, Georgia and Kazakhstan: sign-ups and
// sessions, therapists' contracts and payouts, payments and refunds,
// crisis-line escalations with emergency contacts, supervision notes
// naming clients' relatives, complaints, deletion and access requests.
// Chats, SMS, lower-case call transcripts, e-mails with headers, quotes,
// forwards and signatures, web forms, CSV and pipe schedules, OCR'd
// passports and diplomas, app, payment and login logs. Israeli (one in
// Hebrew script), German, Georgian and Kazakh addresses and phones,
// relatives named in notes, Hebrew, German and Georgian names, every case
// form, nicknames, names that are also words used both ways, famous
// psychologists (Фрейд, Юнг, Maslow) are no people. Negatives: session,
// ticket, invoice, contract, order and promo numbers, an RRN, ОМС, КПП,
// БИК, ОКПО, masked cards, versions shaped like IPs, wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.135 (engine
// 1.130.2, commit 2c2182a): EMAIL 0.958 (the platform's own support
// mailboxes, left unlabelled, were reported), BANK_ACCOUNT 0.966 (an
// account whose key fails was reported) and PASSPORT 0.957 (an OCR'd
// Israeli passport with Hebrew labels, and its names) missed their
// targets; ADDRESS 0.959 (Israeli addresses, one in Hebrew), PERSON 0.980,
// PHONE 0.985 (a German mobile, an Israeli postcode read as a phone) and
// the other types (1.0) met theirs; 2.226% of PII characters leaked (188
// of 8446: ADDRESS 117, PERSON 51, PHONE 12, PASSPORT 8), against the
// target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.137
// (engine 1.132.0), with those of heldout228 to heldout230: a German mobile
// after its label ("Phone: 0170 4418823"). Tuned: PHONE 0.993, the other
// types as untuned; 2.084% leaked (176 of 8446).

// heldout231Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout231Floor = map[string]float64{
	TypeBankAccount: 0.96, TypeCard: 0.97, TypeEmail: 0.95, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.95, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout231MaxLeak: target 0.005, missed untuned (2.226%) and tuned (2.084%).
const heldout231MaxLeak = 0.021

func TestHeldout231(t *testing.T) {
	corpusCheck{file: "testdata/heldout231.jsonl", name: "two-hundred-and-thirty-first held-out corpus", minMessages: 250,
		floors: heldout231Floor, everyType: true, maxLeak: heldout231MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
