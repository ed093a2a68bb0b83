package pii

import "testing"

// testdata/heldout658.jsonl is the six-hundred-and-fifty-eighth held-out
// file: 280 messages (140 Russian, 140 English; 61 without personal data;
// 529 gold spans: PERSON 276, ADDRESS 71, PHONE 58, EMAIL 36, PASSPORT 18,
// IP 17, CARD 13, INN 13, BANK_ACCOUNT 12, OGRN 8, SNILS 7), written by hand
// by someone who saw neither the engine nor any other labelled file, while
// the engine was tuned on files up to heldout652. It is the CRM of a Turkish
// and Georgian cuisine restaurant chain's delivery and catering in Moscow,
// Sochi and Krasnodar: orders, banquets, couriers, complaints, loyalty
// cards. Chats, lower-case call transcripts, e-mails with banquet details,
// order forms with comments, CSV courier routes, pipe tables, webhooks and
// logs, OCR'd catering contracts, SMS. Turkish, Georgian and Armenian names
// in Cyrillic, Latin, Georgian and Armenian script, couriers by first name,
// names in their cases and in capitals with slashes, a surname spelled
// letter by letter, delivery addresses with entrances and intercom codes in
// Adler and Khosta, Turkish and Georgian phones, addresses and phones said
// in words. Negatives: dishes and halls named after people ("Кебаб Али",
// "Али Назик"), famous writers, singers and footballers, EAN codes, masked
// cards and phones, versions, numbers with wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.216 (engine
// 1.211.0, commit a08438a): PERSON 0.913, CARD 0.963 missed their targets
// (dishes named after people read as names, Georgian, Armenian and Turkish
// names in lower case, in Georgian and Armenian script or spelled letter by
// letter; a product's EAN code read as a card); PASSPORT 0.971, ADDRESS
// 0.964, IP 0.971 and the other types (1.0) met theirs; 4.087% of PII
// characters leaked (366 of 8956: PERSON 170, PASSPORT 17, ADDRESS 179),
// against the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.217
// (engine 1.212.0), with those of the other files from heldout653 to
// heldout660: dishes named after a man ("Кебаб Али", "Али Назик") and famous
// writers and poets ("Orhan Pamuk", "Shota Rustaveli"). Left: Georgian and
// Armenian names in lower case, in their scripts and spelled letter by
// letter, a famous footballer, and streets said in words. Tuned: PERSON
// 0.939 (now met), CARD 0.963, PASSPORT 0.971, ADDRESS 0.964; 3.908% leaked
// (350 of 8956).

// heldout658Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout658Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.962, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.97, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout658MaxLeak: target 0.005, missed untuned (4.087%), missed tuned (3.908%).
const heldout658MaxLeak = 0.04

func TestHeldout658(t *testing.T) {
	corpusCheck{file: "testdata/heldout658.jsonl", name: "six-hundred-and-fifty-eighth held-out corpus", minMessages: 250,
		floors: heldout658Floor, everyType: true, maxLeak: heldout658MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
