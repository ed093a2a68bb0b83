package pii

import "testing"

// testdata/heldout116.jsonl is the hundred-and-sixteenth held-out file:
// 278 messages (142 Russian, 136 English; 62 without personal data; 564
// gold spans: PERSON 222, PHONE 154, ADDRESS 55, EMAIL 33, PASSPORT 31, IP
// 21, CARD 14, BANK_ACCOUNT 11, INN 11, OGRN 7, SNILS 5), written by hand
// by someone who saw neither the engine nor any other labelled file, while
// the engine was tuned on heldout112 to heldout115. It is the CRM of a
// mobile operator's stores and online shop in Russia, Uzbekistan and
// Kyrgyzstan: SIM registration with Russian and foreign passports and
// Kyrgyz ID cards, number porting, tariffs, device instalments, IMEI and
// stolen-phone checks, roaming complaints, top-ups and refunds, eSIM,
// home-internet installation, SIM-swap and fraud alerts, court, police and
// tax requests, deletion requests, dealers' requisites. Chats, lower-case
// call transcripts, e-mails with headers, quotes, forwards and signatures,
// forms, CSV, pipe and semicolon tables, OCR'd passports and contracts,
// top-up, RADIUS, portal, login, call-detail and SIM-swap logs, SMS
// templates in Russian and Uzbek. Phones of seventeen countries next to
// IMEI, ICCID, EID, order, ticket and RRN numbers; Uzbek, Kyrgyz and
// Kazakh names in both alphabets, lower-case and diminutive names, names
// split across OCR fields, names that are also words both ways (Роза,
// Лев, Слава, Вера, Dawn, Mark, Will, Victoria, Summer, Rose), shops,
// dealers and tariffs named after people. Addresses of stores, firms and
// customers, a summer-house plot. Negatives: IMEI and ICCID numbers (Luhn-
// valid by design), masked cards, КПП, БИК, ОКПО, correspondent accounts,
// ОМС, VINs, plates, tracking, order, invoice and contract numbers,
// IP-shaped versions, ПИНФЛ and foreign tax numbers, numbers with a wrong
// check digit.
//
// The engine was judged on it once, untuned, with rules-2025.68 (engine
// 1.66.0, commit 7893fa3): ADDRESS 0.936, PERSON 0.953, IP 0.977, PHONE
// 0.987, the others 1.0 (targets met) but CARD 0.933 (two IMEIs read as
// cards) and PASSPORT 0.949 (Kyrgyz ID cards, a nine-digit foreign
// passport); 2.416% of PII characters leaked (225 of 9314: PERSON 75,
// ADDRESS 71, PHONE 50, PASSPORT 29; local phone numbers of Kyrgyzstan and
// Uzbekistan, a store's address inside a mall, Tashkent's kvartal
// addresses), against the target of 0.5%.
//
// It is no longer held out: after that run its misses (with heldout117's)
// drove rules-2025.69 (engine 1.67.0): a 15-digit JCB is no card (an IMEI
// is), Kyrgyz ID cards, Kyrgyz mobile layouts, a RADIUS user's number, a
// surname in capitals after its label, a full street word that ends a
// sentence ("разные улицы. Клиент Никита"), a rollback to a version, a
// prosecutor's office of a district, phone shops named after their owners,
// a log's date ("20/Jun/2024"), a flat before a street in lower case
// ("Apt 12, 8 Ostozhenka st., Moscow 119034"), Kyrgyz names. With
// rules-2025.69: ADDRESS 0.954 (a store inside a mall, Tashkent's kvartal
// addresses), PASSPORT 0.984 (a passport page's number after its header),
// PERSON 0.973, PHONE 0.997, the others 1.0; leak 1.331% (124 of 9314:
// PERSON 56, ADDRESS 47, PHONE 12, PASSPORT 9).

// heldout116Floor guards the tuned level.
var heldout116Floor = map[string]float64{
	TypeBankAccount: 0.99, TypeCard: 0.99, TypeEmail: 0.99, TypeINN: 0.99, TypeIP: 0.99, TypeOGRN: 0.99,
	TypePassport: 0.98, TypePhone: 0.99, TypeSNILS: 0.99, TypeAddress: 0.95, TypePerson: 0.97,
}

// heldout116MaxLeak: target 0.005; 2.416% untuned, 1.331% tuned.
const heldout116MaxLeak = 0.014

func TestHeldout116(t *testing.T) {
	corpusCheck{file: "testdata/heldout116.jsonl", name: "hundred-and-sixteenth held-out corpus", minMessages: 250,
		floors: heldout116Floor, everyType: true, maxLeak: heldout116MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
