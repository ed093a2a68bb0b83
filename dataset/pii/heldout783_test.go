package pii

import "testing"

// testdata/heldout783.jsonl is the seven-hundred-and-eighty-third held-out
// file: 280 messages (140 Russian, 140 English; 62 without personal data;
// 524 gold spans: PERSON 275, ADDRESS 64, PHONE 57, EMAIL 38, IP 17, INN 16,
// PASSPORT 16, BANK_ACCOUNT 15, CARD 12, OGRN 8, SNILS 6), written by hand
// by someone who saw neither the engine nor any other labelled file, while
// the engine was tuned on files up to heldout780. It is the CRM of a tattoo
// and piercing studio chain in Moscow, Tula and Kaluga: bookings, sketches,
// artists, aftercare, deposits, age verification. Chats with clients,
// lower-case call transcripts, e-mails with quotes, consent forms, CSV of
// sessions, pipe tables, webhooks and logs with IPs, OCR'd documents, SMS.
// Artists by nickname in their cases ("к Ворону", Fox) and by Instagram
// handle, names to be tattooed in quotes, parents of minors, initials,
// phones split over lines and said in words, passports and ID cards of
// several countries. Negatives: famous people and characters as sketches
// (Гагарин, Цой, Pikachu, Frida Kahlo), pets, the studio's own handle,
// numbers with wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.234 (engine
// 1.229.0, commit b75b929): PASSPORT 0.933 missed its target (French and
// German identity cards' numbers of letters and digits); PERSON 0.957, PHONE
// 0.982, ADDRESS 0.984 and the other types (1.0) met theirs; 3.714% of PII
// characters leaked (317 of 8535: PERSON 146, PHONE 67, PASSPORT 36, ADDRESS
// 68), against the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.235
// (engine 1.230.0), with those of the other files from heldout781 to
// heldout788: a mobile broken over two lines with its number in spaced
// groups. Left: a phone said partly in words and partly in digits, French
// and German ID cards' numbers, artists' nicknames and handles. Tuned:
// PERSON 0.957, PHONE 0.991, PASSPORT 0.933, ADDRESS 0.984; 3.527% leaked
// (301 of 8535).

// heldout783Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout783Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.933, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout783MaxLeak: target 0.005, missed untuned (3.714%), missed tuned (3.527%).
const heldout783MaxLeak = 0.036

func TestHeldout783(t *testing.T) {
	corpusCheck{file: "testdata/heldout783.jsonl", name: "seven-hundred-and-eighty-third held-out corpus", minMessages: 250,
		floors: heldout783Floor, everyType: true, maxLeak: heldout783MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
