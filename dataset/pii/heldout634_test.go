package pii

import "testing"

// testdata/heldout634.jsonl is the six-hundred-and-thirty-fourth held-out
// file: 280 messages (140 Russian, 140 English; 60 without personal data;
// 507 gold spans: PERSON 274, ADDRESS 66, PHONE 57, EMAIL 34, IP 17, INN 13,
// CARD 12, PASSPORT 11, BANK_ACCOUNT 10, OGRN 7, SNILS 6), written by hand
// by someone who saw neither the engine nor any other labelled file, while
// the engine was tuned on files up to heldout628. It is the CRM of a home
// appliance and electronics repair workshop in Rostov-on-Don, Taganrog and
// Novocherkassk: repair orders, diagnostics, spare parts, warranty repairs
// for manufacturers, pick-up and delivery, complaints. Chats with clients,
// lower-case call transcripts, e-mails with quotes, web forms, CSV repair
// orders, pipe tables, webhooks and logs, OCR'd receipts and contracts, SMS.
// Masters by first name, clients by name and patronymic, a client who shares
// a writer's surname and one who shares a street's, names in their cases and
// diminutives, names in capitals with slashes, sole traders, addresses with
// entrances and floors, Russian, Chinese and German passports, phones and
// addresses said in words. Negatives: serial numbers and IMEI next to phones
// and cards, appliance brands and models named like people, a famous writer,
// masked cards, firmware versions, codes, numbers with wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.213 (engine
// 1.208.0, commit 18971eb): PASSPORT 0.957 missed its target (an appliance's
// serial number read as a passport); PERSON 0.984, ADDRESS 0.936, IP 0.971
// and the other types (1.0) met theirs; 3.388% of PII characters leaked (295
// of 8707: PERSON 13, ADDRESS 282), against the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.214
// (engine 1.209.0), with those of the other files from heldout629 to
// heldout636: the town of Rostov before its street ("Ростов, Нагибина 14")
// is no person. Left: an appliance's serial read as a passport, a firmware
// version read as an IP, and streets said in words in English. Tuned: PERSON
// 0.986, PASSPORT 0.957, ADDRESS 0.936, IP 0.971; 3.365% leaked (293 of
// 8707).

// heldout634Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout634Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.956, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout634MaxLeak: target 0.005, missed untuned (3.388%), missed tuned (3.365%).
const heldout634MaxLeak = 0.034

func TestHeldout634(t *testing.T) {
	corpusCheck{file: "testdata/heldout634.jsonl", name: "six-hundred-and-thirty-fourth held-out corpus", minMessages: 250,
		floors: heldout634Floor, everyType: true, maxLeak: heldout634MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
