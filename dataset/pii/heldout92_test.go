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
// PHONE 8), against the target of 0.5%.
//
// It is no longer held out: after that run its misses (with heldout93's)
// drove rules-2025.56 (engine 1.54.0), which remembers a pet's name once a
// pet word or a breed names it and drops its other mentions. With
// rules-2025.56: ADDRESS 0.9195 (misses: Dubai villas and towers, one in
// lower case), PERSON 0.905 (63 false alarms: pets named with no pet word
// near, "Charlie and Bella walked together", Marina and Al Barsha as
// places), the other types as before; leak 4.147% (345 of 8319: ADDRESS
// 272, PERSON 55, PASSPORT 10, PHONE 8).

// heldout92Floor guards the tuned level.
var heldout92Floor = map[string]float64{
	TypeBankAccount: 0.99, TypeCard: 0.99, TypeEmail: 0.88, TypeINN: 0.99, TypeIP: 0.99, TypeOGRN: 0.99,
	TypePassport: 0.95, TypePhone: 0.98, TypeSNILS: 0.99, TypeAddress: 0.91, TypePerson: 0.90,
}

// heldout92MaxLeak: target 0.005; 5.205% untuned, 4.147% tuned.
const heldout92MaxLeak = 0.042

func TestHeldout92(t *testing.T) {
	corpusCheck{file: "testdata/heldout92.jsonl", name: "ninety-second held-out corpus", minMessages: 250,
		floors: heldout92Floor, everyType: true, maxLeak: heldout92MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
