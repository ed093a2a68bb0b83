package pii

import "testing"

// testdata/heldout132.jsonl is the hundred-and-thirty-second held-out file:
// 277 messages (140 Russian, 137 English; 58 without personal data; 497
// gold spans: PERSON 268, PHONE 54, EMAIL 41, ADDRESS 34, PASSPORT 33, IP
// 16, INN 15, CARD 12, BANK_ACCOUNT 11, OGRN 8, SNILS 5), written by hand by
// someone who saw neither the engine nor any other labelled file, while the
// engine was tuned on heldout126 and heldout127, from the same brief as
// heldout130 and without seeing it. It is the reservations and front-desk
// CRM of a hotel chain in Russia, Georgia and Uzbekistan: bookings by
// phone, e-mail and booking sites, foreign guests' check-in and migration
// registration, visa support letters, group rooming lists, corporate
// requisites, prepayments, refunds, no-shows, chargebacks, complaints, lost
// and found, damage and smoking reports, loyalty, deletion requests, shift
// handovers. Chats, lower-case call transcripts, e-mails with headers,
// quotes, forwards and signatures, web forms, CSV, pipe and semicolon
// tables, OCR'd passports, ID and registration cards, PMS, gateway, Wi-Fi
// and API logs with IPv4 and IPv6, JSON callbacks, SMS. Suites, halls and
// restaurants named after people (Чехов, Толстой, Пушкин, Chekhov Suite,
// Tolstoy Hall) beside guests with those names; names that are also words
// both ways (Вера, Надежда, Любовь, Роза, Слава, Лада, Hope, Grace, Will,
// Mark, Rose, Victoria); Georgian and Uzbek names in Cyrillic and Latin,
// SURNAME/FIRST MR, "Surname, Given". Passports of Russia, Georgia,
// Uzbekistan, Europe and Asia. Negatives: booking, confirmation, invoice,
// ticket, contract, loyalty, voucher and tracking numbers, RRNs, plates,
// serial numbers, ОМС, КПП, БИК, ОКПО, correspondent accounts, masked cards,
// IP-shaped versions, numbers with a wrong check digit.
//
// The engine was judged on it once, untuned, with rules-2025.76 (engine
// 1.74.0, commit 08aab5f): SNILS 0.909 (a passport read as one) missed its
// target, PASSPORT 0.985, PERSON 0.941 and the other types (1.0) met
// theirs; 2.309% of PII characters leaked (180 of 7796: PERSON 171,
// PASSPORT 9; names that are also words, lower-case English names,
// "SURNAME, GIVEN" in capitals, German and Uzbek surnames alone), against
// the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.77
// (engine 1.75.0) and rules-2025.78 (engine 1.76.0), with the misses of
// heldout128–131 and 133: "SURNAME, GIVEN" after a name's label, a
// migration card's number, "Tolstoy Hall". With rules-2025.77 and
// rules-2025.78 (rooming lists, "Surname, Given / Surname, Given"; "The
// Victoria Room"; Uzbek first names): PASSPORT 0.985, PERSON 0.966, the
// others 1.0; leak 1.437% (112 of 7796: PERSON 103, PASSPORT 9).

// heldout132Floor guards the tuned level.
var heldout132Floor = map[string]float64{
	TypeBankAccount: 0.99, TypeCard: 0.99, TypeEmail: 0.99, TypeINN: 0.99, TypeIP: 0.99, TypeOGRN: 0.99,
	TypePassport: 0.98, TypePhone: 0.99, TypeSNILS: 0.99, TypeAddress: 0.99, TypePerson: 0.96,
}

// heldout132MaxLeak: target 0.005; 2.309% untuned, 1.437% tuned.
const heldout132MaxLeak = 0.015

func TestHeldout132(t *testing.T) {
	corpusCheck{file: "testdata/heldout132.jsonl", name: "hundred-and-thirty-second held-out corpus", minMessages: 250,
		floors: heldout132Floor, everyType: true, maxLeak: heldout132MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
