package pii

import "testing"

// testdata/heldout92.jsonl is the ninety-second held-out file: 283
// messages (145 Russian, 138 English; 63 without personal data; 563 gold
// spans: PERSON 357, PHONE 53, ADDRESS 45, INN 23, EMAIL 20, BANK_ACCOUNT
// 15, IP 13, CARD 11, PASSPORT 11, OGRN 8, SNILS 7), written by hand by
// someone who saw neither the engine nor any other labelled file, while the
// engine was tuned on heldout90 and heldout91. It is the CRM of a
// pet-sitting, dog-walking and pet-hotel marketplace in Russian cities and
// for expats in Moscow, Dubai and Tbilisi: bookings, key handovers, pets'
// profiles, vets, incidents, sitters' payouts and onboarding, reviews.
// Owner–sitter chats, booking cards, lower-case transcripts, e-mails with
// headers, quoted replies and signatures, memos, tables, SMS and security
// logs, GPS walk reports, vet passports, payout exports. Names in every
// case, vocatives (Кать, Серёж), initials, lower case, capitals,
// SURNAME/NAME MR, Georgian, Arabic and Irish names, titles and kin words
// outside. Pets with people's names (Марта, Бусинка, Граф, Max, Bella, Lucy,
// Daisy, Luna, Oscar, Charlie) and after famous people or places (Пушкин,
// Черчилль, Einstein, Оскар Уайльд, Париж) are never persons, even beside
// an owner of the same name. Addresses with индекс, корпус, подъезд, этаж,
// ЖК, villages, Zelenograd, Dubai villas and towers, Tbilisi, a lower-case
// one. Negatives: microchips, pedigree and vaccine batch numbers, bookings,
// orders, invoices, claims, intercom codes, GPS coordinates, distances,
// versions, masked cards, numbers with a wrong check digit; Слава богу,
// Роза ветров, Лада Веста, Jack Russell, King Charles spaniel, streets and
// metro stations named after people.
//
// The engine was judged on it once, untuned, with rules-2025.55 (engine
// 1.53.0, commit f102496): BANK_ACCOUNT, CARD, INN, IP, OGRN and SNILS 1.0,
// PHONE 0.981 (targets met); PASSPORT 0.952 (one missed), EMAIL 0.889 (five
// support addresses the writer left unlabelled), ADDRESS 0.894 (seven
// missed: Dubai villas and Zelenograd's corpus numbers) and PERSON 0.883
// (82 false alarms: the pets' names) miss their targets; 5.205% of PII
// characters leaked (433 of 8319: ADDRESS 360, PERSON 55, PASSPORT 10,
// PHONE 8), against the target of 0.5%. It has not been tuned on: these
// are held-out figures.

// heldout92Floor holds the untuned figures: the target where it
// was met, the measured value where it was not.
var heldout92Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.88, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.95, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.89, TypePerson: 0.88,
}

// heldout92MaxLeak: target 0.005, missed (5.205%).
const heldout92MaxLeak = 0.053

func TestHeldout92(t *testing.T) {
	corpusCheck{file: "testdata/heldout92.jsonl", name: "ninety-second held-out corpus", minMessages: 250,
		floors: heldout92Floor, everyType: true, maxLeak: heldout92MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
