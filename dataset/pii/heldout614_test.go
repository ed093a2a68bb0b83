package pii

import "testing"

// testdata/heldout614.jsonl is the six-hundred-and-fourteenth held-out file:
// 280 messages (140 Russian, 140 English; 63 without personal data; 524 gold
// spans: PERSON 274, ADDRESS 70, PHONE 58, EMAIL 39, IP 16, PASSPORT 16, INN
// 15, BANK_ACCOUNT 12, CARD 10, OGRN 7, SNILS 7), written by hand by someone
// who saw neither the engine nor any other labelled file, while the engine
// was tuned on files up to heldout612. It is the CRM of a hunting and
// fishing licence and guided hunt operator in Arkhangelsk, Vologda and
// Kostroma: licences, permits for elk and bear hunting, hunting lodge
// bookings, weapon permits, guides, fines, trophy export. E-mails with
// hunters with quotes, guides' chats, lower-case call transcripts, web
// forms, CSV lists of hunters, pipe tables, webhooks and logs, OCR'd
// licences, permits and contracts, SMS. Guides by nickname, names in their
// cases and diminutives, names in capitals with slashes, foreign hunters
// from Finland, Germany and Italy with their passports, ID cards and phones,
// a village with a street, phones and addresses said in words. Negatives:
// hunting tickets and weapon permits shaped like passports, dogs with human
// names, lodges and villages without streets, visa numbers next to phones,
// famous writers, masked cards, codes, numbers with wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.211 (engine
// 1.206.0, commit b6045bb): PASSPORT 0.828 missed its target (German and
// Italian ID cards' letters and digits under their headings, and foreign
// passports of letters and digits dictated in a transcript; a hunting
// ticket's number read as a passport); PERSON 0.939, PHONE 0.983, ADDRESS
// 0.971 and the other types (1.0) met theirs; 2.744% of PII characters
// leaked (264 of 9622: PERSON 148, PHONE 7, PASSPORT 36, ADDRESS 73),
// against the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.212
// (engine 1.207.0), with those of the other files from heldout613 to
// heldout620: a town after "г." whatever its name ("г. Галич"), a small
// town's word in Latin letters ("Tarnogsky Gorodok"), and a huntsman's title
// before a name ("Егерь Миша"). Left: guides' nicknames, German and Italian
// ID cards' numbers, passports dictated in lower case, and a hunting ticket
// read as a passport. Tuned: PERSON 0.946, PHONE 0.983, PASSPORT 0.828;
// 2.484% leaked (239 of 9622).

// heldout614Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout614Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.827, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout614MaxLeak: target 0.005, missed untuned (2.744%), missed tuned (2.484%).
const heldout614MaxLeak = 0.025

func TestHeldout614(t *testing.T) {
	corpusCheck{file: "testdata/heldout614.jsonl", name: "six-hundred-and-fourteenth held-out corpus", minMessages: 250,
		floors: heldout614Floor, everyType: true, maxLeak: heldout614MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
