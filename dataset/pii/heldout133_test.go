package pii

import "testing"

// testdata/heldout133.jsonl is the hundred-and-thirty-third held-out file:
// 279 messages (139 Russian, 140 English; 58 without personal data; 620
// gold spans: PERSON 416, PHONE 60, EMAIL 41, ADDRESS 32, PASSPORT 15, INN
// 14, IP 12, SNILS 9, BANK_ACCOUNT 9, OGRN 6, CARD 6), written by hand by
// someone who saw neither the engine nor any other labelled file, while the
// engine was tuned on heldout126 and heldout127, from the same brief as
// heldout131 and without seeing it. It is the CRM of a children's summer
// camp near Moscow and a year-round sports school in Sochi: applications,
// medical certificates and allergy lists, SNILS and compensation,
// vouchers, payments, refunds, transfers and flights, counsellors' and
// coaches' applications, incidents, lost items, complaints, photo consent,
// deletion requests. Chats, lower-case call transcripts, e-mails with
// headers, quotes, forwards and signatures, web forms, CSV and pipe tables
// of children, OCR'd certificates, passports and contracts, gateway and
// portal logs with IPv4 and IPv6, SMS templates, requisites. Siblings and
// parents sharing a surname, every case form, diminutives, lower-case
// names, surname-first and airline-style names (BECKER/THOMAS MR),
// initials, counsellors by nickname (Бобёр, Danny, Beaver); names that are
// also words both ways (Вера, Надежда, Любовь, Слава, Роман, Лев, Hope,
// Grace, Will, Joy). Russian, UK, US and Israeli addresses. Negatives:
// voucher, contract, order, ticket, invoice, refund and claim numbers,
// SKUs, tracking numbers, a VIN, an IMEI, plates, ОМС, КПП, БИК, ОКПО,
// correspondent accounts, masked cards, IP-shaped versions, squads named
// after people or animals, "Слава богу", "Will you", "Grace period".
//
// The engine was judged on it once, untuned, with rules-2025.76 (engine
// 1.74.0, commit 08aab5f): every type met its target (PERSON 0.930, the
// others 1.0); 2.346% of PII characters leaked (205 of 8740: PERSON 173,
// ADDRESS 32; "Surname, Given" one a line in a list, nicknames that are
// words, lower-case names and families, names that are also words), against
// the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.77
// (engine 1.75.0) and rules-2025.78 (engine 1.76.0), with the misses of
// heldout128–132: "Surname, Given" entries one a line, a camp's counsellor
// before a name ("Вожатая Дарина"), children of a family in lower case
// ("полины корнеевых"). With rules-2025.77 and rules-2025.78 (a log's
// entries after their time, "10:20 Becker, Max — nosebleed"): PERSON 0.954,
// the others 1.0; leak 1.773% (155 of 8740: PERSON 132, ADDRESS 23).

// heldout133Floor guards the tuned level.
var heldout133Floor = map[string]float64{
	TypeBankAccount: 0.99, TypeCard: 0.99, TypeEmail: 0.99, TypeINN: 0.99, TypeIP: 0.99, TypeOGRN: 0.99,
	TypePassport: 0.99, TypePhone: 0.99, TypeSNILS: 0.99, TypeAddress: 0.99, TypePerson: 0.95,
}

// heldout133MaxLeak: target 0.005; 2.346% untuned, 1.773% tuned.
const heldout133MaxLeak = 0.018

func TestHeldout133(t *testing.T) {
	corpusCheck{file: "testdata/heldout133.jsonl", name: "hundred-and-thirty-third held-out corpus", minMessages: 250,
		floors: heldout133Floor, everyType: true, maxLeak: heldout133MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
