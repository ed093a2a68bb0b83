package pii

import "testing"

// testdata/heldout63.jsonl is the sixty-third held-out file: 263 messages
// (132 Russian, 131 English; 57 without personal data; 567 gold spans:
// PERSON 283, PHONE 72, ADDRESS 38, EMAIL 34, INN 30, PASSPORT 23,
// BANK_ACCOUNT 21, OGRN 19, IP 17, SNILS 15, CARD 15), written by hand by
// someone who saw neither the engine nor any other labelled file, while the
// engine was tuned on heldout60 and heldout61. It is the CRM of a car
// dealership and its service centre: test drives, trade-in appraisals with
// previous owners from the title, car loans and leasing, CASCO, OSAGO and
// GAP insurance, service bookings, parts, warranty claims, roadside
// pickups; fleet clients with full requisites; expat buyers and buyers
// from Kazakhstan and Belarus (+7 7xx, +375, their passports, Russian INN
// and SNILS of foreign residents). Chats, letters, e-mails with signatures
// and quoted replies, lower-case transcripts with phones and addresses
// read out, logs, call-back lists, forms. Names in every case, initials,
// diminutives, lower case, cardholders in capitals, Kazakh and Belarusian
// names, salespeople signing with a first name; titles outside. Persons
// named like brands or words (a customer Лада, staff Вера and Слава, a
// woman named Mercedes; Logan, Jordan, Grace and Victoria as people).
// Negatives: Kia Rio, Lada Vesta, Лада Веста, Renault Logan, Skoda Octavia,
// Toyota Camry, Haval Jolion, Ford, Mercedes-Benz, Слава богу, Will you,
// Mark my words, Victoria the city and a product, Jordan the country, Chase
// the bank, route and status codes named Grace, Mark and Will; VINs,
// Russian and Belarusian plates, order, ticket, claim, invoice and policy
// numbers, tracking numbers, amounts, dates, mileage, part numbers, ЭПТС,
// RRN and auth codes, ОМС, КПП, БИК, ОКПО, correspondent accounts, versions
// shaped like IPs, GPS coordinates, masked cards, and INN, SNILS, OGRN and
// card numbers with a wrong check digit.
//
// The engine was judged on it once, untuned, with rules-2025.37 (engine
// 1.35.0, commit eb5f4cb): every identifier type but PASSPORT 1.0, ADDRESS
// 0.987, PASSPORT 0.978 and PERSON 0.969: every F1 target met; 2.258% of
// PII characters leaked (203 of 8992: ADDRESS 149, PERSON 45, PASSPORT 9),
// against the target of 0.5%.
//
// It is no longer held out: after that run its misses (with heldout62's)
// drove rules-2025.38 (engine 1.36.0). With rules-2025.38: every type 1.0
// but PERSON 0.986 (seven false alarms on the writer's traps: Mark, Will and
// Victoria as codes and a product, the car model Rio; one miss, Mercedes the
// person); leak 0.756% (68 of 8992: ADDRESS 60, PERSON 8; the address
// misses are parts the labels include: a dealership's name before its
// address, "near building 2" after one, and "St. Petersburg, Sredny"
// before "Prospekt V.O. 64").

// heldout63Floor guards the tuned level.
var heldout63Floor = map[string]float64{
	TypeBankAccount: 0.99, TypeCard: 0.99, TypeEmail: 0.99, TypeINN: 0.99, TypeIP: 0.99, TypeOGRN: 0.99,
	TypePassport: 0.99, TypePhone: 0.99, TypeSNILS: 0.99, TypeAddress: 0.99, TypePerson: 0.98,
}

// heldout63MaxLeak: target 0.005; 2.258% untuned, 0.756% tuned.
const heldout63MaxLeak = 0.008

func TestHeldout63(t *testing.T) {
	corpusCheck{file: "testdata/heldout63.jsonl", name: "sixty-third held-out corpus", minMessages: 250,
		floors: heldout63Floor, everyType: true, maxLeak: heldout63MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
