package pii

import "testing"

// testdata/heldout549.jsonl is the five-hundred-and-forty-ninth held-out
// file: 280 messages (140 Russian, 140 English; 62 without personal data;
// 522 gold spans: PERSON 278, ADDRESS 62, PHONE 59, EMAIL 35, IP 17, INN 16,
// PASSPORT 16, BANK_ACCOUNT 15, CARD 11, OGRN 7, SNILS 6), written by hand
// by someone who saw neither the engine nor any other labelled file, while
// the engine was tuned on files up to heldout548. It is the CRM of a medical
// tourism coordinator bringing patients from Kazakhstan, Uzbekistan and
// Azerbaijan to clinics in Moscow, St Petersburg and Kazan: consultations,
// admissions, visas and invitations, interpreters, hotels and transfers for
// patients and companions, payments through agents, medical reports,
// complaints. E-mails with clinics with quotes and signatures, chats with
// relatives, lower-case call transcripts, web request forms, CSV patient
// lists, pipe tables of agents' commissions, webhooks and logs, OCR'd
// passports and invitations, SMS. Patients and companions in one message,
// Kazakh, Uzbek and Azerbaijani names with оглы and кызы and in Latin
// spellings, honorifics outside the name, names in their cases, passports of
// several countries and Kazakh and Uzbek ID cards, hotel and home addresses,
// phones and addresses said in words. Negatives: famous people and clinics
// named after them, brands, a migration card's number, flight and ticket
// numbers, masked cards, numbers with wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.203 (engine
// 1.198.0, commit 1415d08): PASSPORT 0.933 missed its target (a Kazakh ID
// card's letters and number with "№" between them, and a Kazakh ID's nine
// digits); PERSON 0.962, ADDRESS 0.941 and the other types (1.0) met theirs;
// 4.684% of PII characters leaked (444 of 9478: PERSON 99, PHONE 3, PASSPORT
// 21, ADDRESS 321), against the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.204
// (engine 1.199.0), with those of the other files from heldout549 to
// heldout556: an Uzbek passport's series of letters before "№" ("серии AD №
// 0815562"); hotel and clinic chains before a metro station's name are no
// names ("Azimut Smolenskaya", "Medsi Belorusskaya"). Left: a Kazakh ID's
// nine digits after "удостоверение РК №", addresses said in words, famous
// surgeons with a first name, and a family in the plural. Tuned: PERSON
// 0.969, PASSPORT 0.968, ADDRESS 0.941; 4.558% leaked (432 of 9478).

// heldout549Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout549Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.967, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout549MaxLeak: target 0.005, missed untuned (4.684%), missed tuned (4.558%).
const heldout549MaxLeak = 0.046

func TestHeldout549(t *testing.T) {
	corpusCheck{file: "testdata/heldout549.jsonl", name: "five-hundred-and-forty-ninth held-out corpus", minMessages: 250,
		floors: heldout549Floor, everyType: true, maxLeak: heldout549MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
