package pii

import "testing"

// testdata/heldout16.jsonl is the sixteenth held-out file: 275 messages (151
// Russian, 124 English; 68 without personal data; 435 gold spans: PERSON
// 245, ADDRESS 44, PHONE 39, EMAIL 19, INN 15, BANK_ACCOUNT 15, IP 13, CARD
// 12, PASSPORT 11, OGRN 11, SNILS 11), written by hand by someone who saw
// neither the engine nor any other labelled file, at the same time as and
// apart from heldout14.jsonl, to the same brief (its ids were renamed from
// h14- to h16-). It is the CRM of a furniture and home-renovation retailer
// with showrooms in four Russian cities and an online store: measurement
// visits and deliveries with full addresses (postcode, корпус, квартира,
// офис), chats with installers and drivers, design-project threads,
// instalment dossiers, bank transfers and refunds to cards, requisites of
// suppliers and sole traders, payroll and HR forms with СНИЛС and
// passports, warranty claims, reviews, HR, IT and security notices (private
// and public IPv4, one IPv6), and lower-case call transcripts in both
// languages. Names in every case, diminutives (Танечка, Лёха, Kostya),
// initials ("Рыбакова Е.В.", "Belova N."), "SURNAME/NAME MRS", "кызы"
// names, surnames as project labels. Negatives: products (диван «Оливия»,
// кресло «Эмма», кухня «Виктория», «Марсель»), "Роза ветров", "Лада
// Ларгус", idioms, Victoria the city; orders, claims, RRN, sick-note and
// inventory numbers, SKUs, plates, КПП, ОКПО, БИК, correspondent accounts,
// versions, masked cards, and a SNILS, an INN, a card, an OGRN and an
// account with a wrong check digit or key.
//
// The engine was judged on it once, untuned, with rules-2025.13 (engine
// 1.11.0, commit 37ca50c): BANK_ACCOUNT, CARD, EMAIL, INN, IP, OGRN and
// SNILS 1.0, PHONE 0.987, ADDRESS 0.966 and PERSON 0.961 (targets met);
// PASSPORT 0.952 (1 of 11 missed) misses its target; 2.145% of PII
// characters leaked (151 of 7038: PERSON 89, ADDRESS 38, PHONE 15, PASSPORT
// 9).

// heldout16Floor is the target where it was met, else a floor just
// below the level reached.
var heldout16Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypeSNILS: 0.97, TypePhone: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
	TypePassport: 0.95, // target 0.97: missed (0.9524)
}

// heldout16MaxLeak: target 0.005, missed (2.145%).
const heldout16MaxLeak = 0.022

func TestHeldout16(t *testing.T) {
	corpusCheck{file: "testdata/heldout16.jsonl", name: "sixteenth held-out corpus", minMessages: 250,
		floors: heldout16Floor, everyType: true, maxLeak: heldout16MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
