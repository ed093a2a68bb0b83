package pii

import "testing"

// testdata/heldout616.jsonl is the six-hundred-and-sixteenth held-out file:
// 280 messages (140 Russian, 140 English; 62 without personal data; 525 gold
// spans: PERSON 273, ADDRESS 71, PHONE 58, EMAIL 37, IP 16, PASSPORT 16, INN
// 15, CARD 13, BANK_ACCOUNT 12, OGRN 7, SNILS 7), written by hand by someone
// who saw neither the engine nor any other labelled file, while the engine
// was tuned on files up to heldout612. It is the CRM of a scuba diving club
// and dive travel agency in Moscow, Sochi and Vladivostok: courses,
// certifications, equipment rental, dive trips to Egypt and the Maldives,
// insurance, medical certificates, refunds. E-mails with divers with quotes,
// instructors' chats, lower-case call transcripts, web forms, CSV trip
// lists, pipe tables, webhooks and logs, OCR'd passports and medical
// certificates, SMS. Instructors by nickname, names in their cases, in lower
// case and in capitals with slashes, sole traders, Egyptian and Maldivian
// phones and addresses, Russian, Egyptian, Austrian and Swedish documents,
// PADI and SSI numbers next to passports, phones and addresses said in
// words. Negatives: wrecks, reefs and dive sites named after people, boats
// named like people, famous divers, masked cards, codes, numbers with wrong
// check digits.
//
// The engine was judged on it once, untuned, with rules-2025.211 (engine
// 1.206.0, commit b6045bb): PERSON 0.907, INN 0.966, PASSPORT 0.968, ADDRESS
// 0.902 missed their targets (instructors' nicknames, names in capitals; a
// personal tax number with no INN word; an Austrian ID card's letters and
// digits; Maldivian addresses by house name and magu); the other types (1.0)
// met theirs; 7.730% of PII characters leaked (711 of 9198: PERSON 198, INN
// 12, PASSPORT 15, ADDRESS 486), against the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.212
// (engine 1.207.0), with those of the other files from heldout613 to
// heldout620: none of its own misses; the rules from the other files changed
// none of its figures. Left: instructors' nicknames, Maldivian addresses by
// house name and magu, a personal tax number with no INN word, and an
// Austrian ID card's number. Tuned: PERSON 0.907, INN 0.966, PASSPORT 0.968,
// ADDRESS 0.902; 7.730% leaked (711 of 9198).

// heldout616Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout616Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.965, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.967, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.902, TypePerson: 0.907,
}

// heldout616MaxLeak: target 0.005, missed untuned (7.730%), missed tuned (7.730%).
const heldout616MaxLeak = 0.078

func TestHeldout616(t *testing.T) {
	corpusCheck{file: "testdata/heldout616.jsonl", name: "six-hundred-and-sixteenth held-out corpus", minMessages: 250,
		floors: heldout616Floor, everyType: true, maxLeak: heldout616MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
