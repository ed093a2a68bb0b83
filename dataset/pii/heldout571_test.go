package pii

import "testing"

// testdata/heldout571.jsonl is the five-hundred-and-seventy-first held-out
// file: 280 messages (140 Russian, 140 English; 60 without personal data;
// 511 gold spans: PERSON 273, ADDRESS 69, PHONE 52, EMAIL 33, PASSPORT 17,
// INN 16, IP 16, BANK_ACCOUNT 11, CARD 10, OGRN 7, SNILS 7), written by hand
// by someone who saw neither the engine nor any other labelled file, while
// the engine was tuned on files up to heldout564. It is the CRM of an
// English and German school exchange and au pair agency in Moscow, Samara
// and Hamburg: host families, students' applications, visas, flights,
// insurance, placements, parents' payments, complaints, German host parents.
// E-mails with host families in English and German with quotes, chats with
// students, lower-case call transcripts, web application forms, CSV
// placement lists, pipe tables of agency fees, webhooks and logs, OCR'd
// passports, contracts and bank statements, SMS. German names and Hamburg
// and Lübeck addresses, host families as "Familie Kaiser", students and
// parents in one message, names in their cases, initials, diminutives and
// nicknames, names in capitals and a chat in transliterated Russian, German
// phones, passports and ID cards, phones and addresses said in words.
// Negatives: IBANs, visa, booking and ticket numbers, German firm and tax
// numbers, versions shaped like IPs, famous writers, a pet, firms and
// hotels, masked cards, numbers with wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.205 (engine
// 1.200.0, commit 9d8a659): PASSPORT 0.903 missed its target (German
// passport and ID card numbers of mixed letters and digits after
// "Personalausweis" and "Pass-Nr." and under a card's heading); PERSON
// 0.933, PHONE 0.990, ADDRESS 0.947 and the other types (1.0) met theirs;
// 4.378% of PII characters leaked (381 of 8702: PERSON 97, PHONE 14,
// PASSPORT 27, ADDRESS 243), against the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.206
// (engine 1.201.0), with those of the other files from heldout565 to
// heldout572: German passport and ID card numbers after "Personalausweis"
// and "Pass-Nr.". Left: an ID card's number alone on a line under its
// heading, German streets in capitals and said in words, and families named
// "Familie …". Tuned: PERSON 0.933, PHONE 0.990, PASSPORT 0.9697, ADDRESS
// 0.947; 4.171% leaked (363 of 8702).

// heldout571Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout571Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.969, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout571MaxLeak: target 0.005, missed untuned (4.378%), missed tuned (4.171%).
const heldout571MaxLeak = 0.042

func TestHeldout571(t *testing.T) {
	corpusCheck{file: "testdata/heldout571.jsonl", name: "five-hundred-and-seventy-first held-out corpus", minMessages: 250,
		floors: heldout571Floor, everyType: true, maxLeak: heldout571MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
