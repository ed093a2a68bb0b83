package pii

import "testing"

// testdata/heldout146.jsonl is the hundred-and-forty-sixth held-out file:
// 276 messages (139 Russian, 137 English; 56 without personal data; 573
// gold spans: PERSON 322, PHONE 53, ADDRESS 42, PASSPORT 39, EMAIL 35, IP
// 20, INN 18, BANK_ACCOUNT 16, CARD 11, OGRN 9, SNILS 8), written by hand by
// someone who saw neither the engine nor any other labelled file, while the
// engine was tuned on heldout142 to heldout145. It is the CRM of a river
// cruise and ferry operator on the Volga, the Neva and Lake Baikal: cabin
// bookings, passenger manifests (passports, children's birth
// certificates), card payments and refunds, boarding at river ports, lost
// and found, medical incidents, excursions, charters, travel agencies'
// requisites, crew contracts and payroll, complaints, deletion requests.
// Chats, lower-case call transcripts, e-mails with headers, quotes,
// forwards and signatures, forms, CSV, pipe and semicolon tables, OCR'd
// Russian and UK passports, payment, login and webhook logs with IPv4 and
// IPv6, SMS. Ships, cabins, lounges, quays and streets named after people
// (т/х «Лев Толстой», «Фёдор Шаляпин», m/v "Alexander Grin", причал имени
// Горького) beside passengers sharing those names; names that are also
// words both ways; «Анна Каренина» the book and a passenger so named; every
// case form, diminutives, initials, MRS EVANS/CATHERINE, "Surname, Given".
// Russian, UK, Irish, US, Canadian, German, Italian, Swedish, Hong Kong and
// Ukrainian addresses. Negatives: booking, ticket, invoice, claim and
// contract numbers, tracking numbers, a VIN, plates, ОМС, КПП, БИК, ОКПО,
// correspondent accounts, masked cards, a serial number, a VAT ID,
// IP-shaped versions, wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.85 (engine
// 1.83.0, commit e8110fc): BANK_ACCOUNT 0.941 missed its target (two
// accounts with no БИК beside them, which the text calls mistyped, read as
// accounts), ADDRESS 0.988, PASSPORT 0.987, PERSON 0.936 (ships named after
// people read as people: «Фёдор Шаляпин», Lev Tolstoy, Kapitan Voronin) and
// the other types (1.0) met theirs; 2.071% of PII characters leaked (189 of
// 9128: PERSON 113, ADDRESS 67, PASSPORT 9), against the target of 0.5%.
//
// It is no longer held out: after that run its misses were read with those
// of heldout147 to heldout149 for rules-2025.86 (engine 1.84.0), which
// added a boat's word before a quoted name ("the boat \"Kapitan
// Voronin\""). With rules-2025.86: BANK_ACCOUNT 0.941, ADDRESS 0.988,
// PASSPORT 0.987, PERSON 0.937, the others 1.0; leak 2.071% (189 of 9128:
// PERSON 113, ADDRESS 67, PASSPORT 9).

// heldout146Floor guards the tuned level.
var heldout146Floor = map[string]float64{
	TypeBankAccount: 0.94, TypeCard: 0.99, TypeEmail: 0.99, TypeINN: 0.99, TypeIP: 0.99, TypeOGRN: 0.99,
	TypePassport: 0.98, TypePhone: 0.99, TypeSNILS: 0.99, TypeAddress: 0.98, TypePerson: 0.93,
}

// heldout146MaxLeak: target 0.005; 2.071% untuned and tuned.
const heldout146MaxLeak = 0.021

func TestHeldout146(t *testing.T) {
	corpusCheck{file: "testdata/heldout146.jsonl", name: "hundred-and-forty-sixth held-out corpus", minMessages: 250,
		floors: heldout146Floor, everyType: true, maxLeak: heldout146MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
