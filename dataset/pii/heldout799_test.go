package pii

import "testing"

// testdata/heldout799.jsonl is the seven-hundred-and-ninety-ninth held-out
// file: 280 messages (140 Russian, 140 English; 60 without personal data;
// 522 gold spans: PERSON 272, ADDRESS 65, PHONE 58, EMAIL 36, PASSPORT 17,
// IP 16, CARD 15, INN 15, BANK_ACCOUNT 14, OGRN 7, SNILS 7), written by hand
// by someone who saw neither the engine nor any other labelled file, while
// the engine was tuned on files up to heldout796. It is the CRM of a museum
// excursion and school trip bureau in Vladimir, Suzdal and Yaroslavl: school
// groups, teachers, parents' consents, guides, bus transfers, hotel lists.
// E-mails with schools, CSV lists of pupils, pipe tables of rooming lists,
// chats with guides and drivers, OCR'd consent forms, webhooks with IPs,
// SMS. Pupils with initials, drivers by first name or nickname, parents and
// teachers in all their cases, names in capitals on tickets, phones and
// addresses said in words. Negatives: historical figures (Андрей
// Боголюбский, Александр Невский), the city of Vladimir and cathedrals named
// after saints, streets without their houses, class names, bus plates,
// version numbers shaped like IPs, numbers with wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.236 (engine
// 1.231.0, commit 004f470): PERSON 0.919, IP 0.9697 missed their targets
// (the city of Vladimir, cathedrals and historical princes taken for people;
// a version number read as an IP); PHONE 0.991, ADDRESS 0.961 and the other
// types (1.0) met theirs; 1.654% of PII characters leaked (149 of 9007:
// PERSON 9, PHONE 52, ADDRESS 88), against the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.237
// (engine 1.232.0), with those of the other files from heldout797 to
// heldout804: the city of Vladimir after its postcode, before its street, on
// a route after a known town or an arrow, and after "departed". Left:
// historical princes and cathedrals taken for people, Vladimir in a price
// list, and a version number read as an IP. Tuned: PERSON 0.939 (now met),
// PHONE 0.991, ADDRESS 0.985, IP 0.9697; 0.877% leaked (79 of 9007).

// heldout799Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout799Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.969, TypeOGRN: 0.97,
	TypePassport: 0.97, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout799MaxLeak: target 0.005, missed untuned (1.654%), missed tuned (0.877%).
const heldout799MaxLeak = 0.009

func TestHeldout799(t *testing.T) {
	corpusCheck{file: "testdata/heldout799.jsonl", name: "seven-hundred-and-ninety-ninth held-out corpus", minMessages: 250,
		floors: heldout799Floor, everyType: true, maxLeak: heldout799MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
