package pii

import "testing"

// testdata/heldout13.jsonl is the thirteenth held-out file: 268 messages (134
// Russian, 134 English; 52 without personal data; 561 gold spans: PERSON
// 307, PHONE 56, EMAIL 43, ADDRESS 36, INN 24, PASSPORT 22, BANK_ACCOUNT 19,
// IP 18, CARD 17, SNILS 13, OGRN 12), written by hand by someone who saw
// neither the engine nor any other labelled file, at the same time as
// heldout12.jsonl. It is a call centre shared by an online school and a car
// dealership group: enrolment, refunds, tax-deduction papers, tutor
// scheduling and payouts, certificates with full or accented names, data
// deletion requests; test drives, service bookings, trade-in, car loan and
// insurance forms with passports (also UK, Lebanese, Ukrainian and
// Vietnamese ones), СНИЛС, ИНН and registration addresses, fleet quotes,
// powers of attorney; short chats, formal letters, e-mails with signatures
// and quoted history, lower-case call transcripts (spoken numbers, an
// address in words), system and security notices with IPv4 and IPv6, payout
// lists, requisites of companies and sole traders. Names come in every
// case, as diminutives (Ромка, Лизонька), with initials, after "née", in
// capitals on cards. Negatives: car models (Лада Веста, Москвич 3, Соболь,
// Lincoln Navigator, Mercedes-Benz) and course titles (Вера в себя,
// Роман-эпопея, Will & Testament, Grace Under Pressure), Victoria the city,
// "Слава богу", "Надежда умирает последней", "Mark your calendar", a salon
// «Слава Авто», driving licences shaped like passports ("99 14 552301"),
// order, invoice, contract, claim, ticket and tracking numbers, VINs,
// plates, ОСАГО/КАСКО policies, КПП, БИК, correspondent accounts, masked
// cards, versions shaped like IPs, and identifiers with a wrong check
// digit. Real people named Лилия, Kia and Mercedes are labelled.
//
// The engine was judged on it once, untuned, with rules-2025.12 (engine
// 1.10.0, commit aaa36ea): BANK_ACCOUNT,
// CARD, EMAIL, INN, IP and OGRN 1.0, PHONE 0.974, ADDRESS 0.943 and PERSON
// 0.928 (targets met); SNILS 0.960 (1 of 13 missed) and PASSPORT 0.936 (3
// false alarms: driving licences) miss theirs; 3.798% of PII characters
// leaked (353 of 9294: PERSON 228, ADDRESS 110, PHONE 15).

// heldout13Floor is the target where it was met, else a floor just
// below the level reached.
var heldout13Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePhone: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
	TypeSNILS:    0.95, // target 0.97: missed (0.9600)
	TypePassport: 0.93, // target 0.97: missed (0.9362)
}

// heldout13MaxLeak: target 0.005, missed (3.798%).
const heldout13MaxLeak = 0.038

func TestHeldout13(t *testing.T) {
	corpusCheck{file: "testdata/heldout13.jsonl", name: "thirteenth held-out corpus", minMessages: 250,
		floors: heldout13Floor, everyType: true, maxLeak: heldout13MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
