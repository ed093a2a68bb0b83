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

// It is no longer held out: after that run its misses (with those of
// heldout14, heldout15 and heldout17) drove rules-2025.14 (engine 1.12.0);
// heldout18.jsonl and heldout19.jsonl are the untuned sets. With
// rules-2025.14: PHONE and every other identifier but PASSPORT 1.0 (0.952),
// ADDRESS 0.966, PERSON 0.969; leak 1.691% (PERSON 72, ADDRESS 38, PASSPORT
// 9).

// heldout16Floor guards the tuned level.
var heldout16Floor = map[string]float64{
	TypeBankAccount: 0.99, TypeCard: 0.99, TypeEmail: 0.99, TypeINN: 0.99, TypeIP: 0.99, TypeOGRN: 0.99,
	TypeSNILS: 0.99, TypePhone: 0.99, TypeAddress: 0.96, TypePerson: 0.96,
	TypePassport: 0.95, // target 0.97: missed (0.9524)
}

// heldout16MaxLeak: target 0.005; 2.145% untuned, 1.691% tuned.
const heldout16MaxLeak = 0.017

func TestHeldout16(t *testing.T) {
	corpusCheck{file: "testdata/heldout16.jsonl", name: "sixteenth held-out corpus", minMessages: 250,
		floors: heldout16Floor, everyType: true, maxLeak: heldout16MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
