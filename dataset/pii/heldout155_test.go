package pii

import "testing"

// testdata/heldout155.jsonl is the hundred-and-fifty-fifth held-out file:
// 274 messages (136 Russian, 138 English; 63 without personal data; 473
// gold spans: PERSON 231, PHONE 68, ADDRESS 56, EMAIL 33, INN 19, PASSPORT
// 15, BANK_ACCOUNT 13, CARD 12, IP 10, OGRN 10, SNILS 6), written by hand
// by someone who saw neither the engine nor any other labelled file, while
// the engine was tuned on heldout152 and heldout153. It is the CRM of a
// wholesale building-materials supplier with its own trucks and a crane:
// orders and deliveries to sites and cottages, drivers and foremen, B2B
// contracts and requisites, card and bank payments, returns and defect
// claims, loyalty cards, complaints, deletion requests. Chats, SMS,
// lower-case call transcripts (phones and addresses spoken in words),
// e-mails with headers, quotes, forwards and signatures, claim and return
// forms, CSV, pipe and semicolon tables, OCR'd passports and powers of
// attorney, pass lists, web-shop, ERP and driver-app logs with IPv4 and
// IPv6. Every case form, diminutives, foremen by first name and
// patronymic, lower-case names, initials, names in capitals, titles
// outside; products and brands that look like names (Волма, Ротбанд,
// Knauf, the paving «Лев»), grades (М500, D500), firms named after people
// unlabelled; names that are also words both ways. Russian, UK and US
// addresses; plots and cadastral numbers without a street are no address.
// Negatives: order, waybill, claim, invoice, ticket, batch and tracking
// numbers, VINs, plates, КПП, БИК, ОКПО, correspondent accounts, ОМС,
// IP-shaped versions, a subnet, masked cards, wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.88 (engine
// 1.86.0, commit c5b0448): every type met its F1 target (PERSON 0.972,
// ADDRESS 0.973, the others 1.0); 1.071% of PII characters leaked (88 of
// 8213: PERSON 46, ADDRESS 42), against the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.89
// (engine 1.87.0), with those of heldout154: a letter that ends a sentence
// is no initial ("class B. Truck leaves"), a unit in a business park with
// words after its postcode, a name after a sentence that ends with a place
// word ("…район. Арсений, +7 …"). With rules-2025.89: PERSON 0.980,
// ADDRESS 0.982, the others 1.0; leak 0.670% (55 of 8213: PERSON 39,
// ADDRESS 16). rules-2025.90 (engine 1.88.0) took its remaining misses
// with those of heldout154, 156 and 157: a spoken house before "church
// lane" after "yes". With rules-2025.90: PERSON 0.980, ADDRESS 0.991; leak
// 0.475% (39 of 8213, all PERSON), under the 0.5% target now that it has
// been tuned on.

// heldout155Floor guards the tuned level.
var heldout155Floor = map[string]float64{
	TypeBankAccount: 0.99, TypeCard: 0.99, TypeEmail: 0.99, TypeINN: 0.99, TypeIP: 0.99, TypeOGRN: 0.99,
	TypePassport: 0.99, TypePhone: 0.99, TypeSNILS: 0.99, TypeAddress: 0.99, TypePerson: 0.98,
}

// heldout155MaxLeak: target 0.005; 1.071% untuned, 0.475% tuned.
const heldout155MaxLeak = 0.005

func TestHeldout155(t *testing.T) {
	corpusCheck{file: "testdata/heldout155.jsonl", name: "hundred-and-fifty-fifth held-out corpus", minMessages: 250,
		floors: heldout155Floor, everyType: true, maxLeak: heldout155MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
