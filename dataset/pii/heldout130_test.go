package pii

import "testing"

// testdata/heldout130.jsonl is the hundred-and-thirtieth held-out file:
// 279 messages (140 Russian, 139 English; 61 without personal data; 476
// gold spans: PERSON 275, PHONE 46, EMAIL 37, ADDRESS 32, PASSPORT 29, CARD
// 16, IP 15, INN 11, OGRN 6, BANK_ACCOUNT 6, SNILS 3), written by hand by
// someone who saw neither the engine nor any other labelled file, while the
// engine was tuned on heldout126 and heldout127. It is the front-desk and
// reservations CRM of a hotel chain in Moscow, Kazan, Tbilisi, Batumi,
// Tashkent and Samarkand: bookings by phone, e-mail, the website and
// booking sites, changes, no-shows, cancellations and refunds, transfers;
// Russian internal and foreign passports at check-in (Uzbek, Georgian, UK,
// US, German), OCR'd passports and registration cards, visa support
// letters, migration registration; rooming lists as CSV, pipe tables and
// airline-style lists (SURNAME/FIRST MR); corporate and sole-trader
// requisites; card prepayments, gateway and PMS logs with IPv4 and IPv6;
// complaints, lost and found, damage, loyalty, deletion and access
// requests, SMS templates, chats. Lower-case call transcripts, e-mails with
// headers, quotes, forwards and signatures, forms, shift reports, OCR text
// in capitals. Rooms, halls and restaurants named after people («Чехов»,
// Tolstoy Hall, Gogol Room) beside guests with those surnames; names that
// are also words both ways (Вера, Надежда, Любовь, Роза, Слава, Hope, Grace,
// Will, Mark, Faith, Joy, Victoria); Georgian and Uzbek names in Cyrillic
// and Latin. Negatives: booking, invoice, contract, ticket, loyalty and
// tracking numbers, ARN/RRN, VINs, plates, IP-shaped versions, MAC
// addresses, a test card, КПП, БИК, ОКПО, ОКВЭД, correspondent accounts,
// numbers with a wrong check digit.
//
// The engine was judged on it once, untuned, with rules-2025.76 (engine
// 1.74.0, commit 08aab5f): ADDRESS 0.875, IP 0.968, PASSPORT 0.964 missed
// their targets, PERSON 0.958 and the other types (1.0) met theirs; 2.886%
// of PII characters leaked (211 of 7310: ADDRESS 116, PERSON 65, PASSPORT
// 27, PHONE 3; hotels' names read into their addresses, an address and a
// passport in an OCR'd form in capitals, a Tashkent massif, lower-case
// Georgian surnames), against the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.77
// (engine 1.75.0) and rules-2025.78 (engine 1.76.0), with the misses of
// heldout128, 129 and 131–133: hotels' halls and bars named after writers
// ("Tolstoy Hall", "Chekhov Bar"), a hotel's name before its address,
// "Booking 61204, room 318", an OCR'd form in capitals ("Ф.И.О.", "СЕРИЯ 92
// 19 НОМЕР 552081", "ПР-Т МИРА"), a firmware's version after "updated to",
// "Amir Timur Square", a booking in a lower-case surname's name. With
// rules-2025.78: ADDRESS 0.969, PASSPORT 0.983, PERSON 0.974, the others
// 1.0; leak 1.669% (122 of 7310: PERSON 57, ADDRESS 53, PASSPORT 9, PHONE
// 3).

// heldout130Floor guards the tuned level.
var heldout130Floor = map[string]float64{
	TypeBankAccount: 0.99, TypeCard: 0.99, TypeEmail: 0.99, TypeINN: 0.99, TypeIP: 0.99, TypeOGRN: 0.99,
	TypePassport: 0.98, TypePhone: 0.99, TypeSNILS: 0.99, TypeAddress: 0.96, TypePerson: 0.97,
}

// heldout130MaxLeak: target 0.005; 2.886% untuned, 1.669% tuned.
const heldout130MaxLeak = 0.017

func TestHeldout130(t *testing.T) {
	corpusCheck{file: "testdata/heldout130.jsonl", name: "hundred-and-thirtieth held-out corpus", minMessages: 250,
		floors: heldout130Floor, everyType: true, maxLeak: heldout130MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
