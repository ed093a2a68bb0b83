package pii

import "testing"

// testdata/heldout319.jsonl is the three-hundred-and-nineteenth
// held-out file: 280 messages (140 Russian, 140 English; 55 without
// personal data; 466 gold spans: PERSON 239, PHONE 74, ADDRESS 48, EMAIL
// 32, IP 15, INN 14, CARD 11, BANK_ACCOUNT 10, PASSPORT 10, OGRN 8, SNILS
// 5), written by hand by someone who saw neither the engine nor any other
// labelled file, while the engine was tuned on heldout312 to heldout315.
// It is the CRM of a farm-to-door grocery subscription service in the
// Moscow region, Krasnodar and Kazan: weekly boxes, delivery addresses with
// entrance, floor and intercom code, couriers and routes, farmer suppliers
// (ИП and КФХ requisites), card and SBP payments, refunds, substitutions,
// complaints, deletion and access requests. Chats, SMS, Telegram exports,
// lower-case call transcripts, e-mails with headers, quotes, forwards and
// signatures, web forms, CSV, pipe and semicolon routes and courier lists,
// OCR'd couriers' passports, app, auth, payment and security logs; expat
// customers in English with addresses in Latin script. Every case form,
// diminutives, surnames with initials, names that are also words used both
// ways (Венера, Faith, Victoria a café). Negatives: farms and products
// named after people ("Молоко Степаныча", «Ферма Петровых», "Auntie
// Grace's jam", "Will's Sourdough"), order, invoice and tracking numbers,
// SKUs, a VIN, plates, ОМС, КПП, БИК, ОКПО, masked cards, versions shaped
// like IPs, wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.155 (engine
// 1.150.0, commit 65fd54d): EMAIL 0.970 missed its target by a hair (the
// service's own mailboxes, left unlabelled by the writer, were reported);
// PERSON 0.943 (farms and products named after people read as people) and
// the other types (1.0) met theirs; 0.277% of PII characters leaked (20 of
// 7227, all PERSON): the leak target of 0.5% met.
//
// It is no longer held out: its misses were read with those of heldout316 to
// heldout319 for rules-2025.156 (engine 1.151.0), but none drove a rule.
// With rules-2025.156: as untuned; 0.277% leaked (20 of 7227).

// heldout319Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout319Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.96, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.97, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout319MaxLeak: target 0.005, met untuned (0.277%), met tuned (0.277%).
const heldout319MaxLeak = 0.003

func TestHeldout319(t *testing.T) {
	corpusCheck{file: "testdata/heldout319.jsonl", name: "three-hundred-and-nineteenth held-out corpus", minMessages: 250,
		floors: heldout319Floor, everyType: true, maxLeak: heldout319MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
