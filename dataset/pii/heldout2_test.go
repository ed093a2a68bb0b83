package pii

import "testing"

// testdata/heldout2.jsonl is a second held-out file: 303 CRM messages
// (about 63% Russian, 37% English) written by hand for retail, B2B,
// banking, logistics, real estate and clinics, as chats, e-mails, call
// transcripts and manager notes, without looking at the engine's name
// tables, rules or output, nor at the other labelled files. Identifiers
// carry valid check digits (Mir and Mastercard 2-series cards, ИНН of 10
// and 12 digits, СНИЛС, ОГРН and ОГРНИП, 20-digit accounts whose control
// key matches the БИК beside them); its negatives (orders, amounts, dates,
// tracking, SKU, invoice and contract numbers, ИНН-like and card-like
// numbers failing their checks, versions, cities and name-like words)
// carry none. The engine was judged on it once (rules-2025.5); on
// 2026-11-25 it became a development file, because a fresh held-out file
// (heldout3.jsonl) replaces it and its misses showed categories worth fixing:
// addresses cut short (transliterated "ul.", continental and unit-led
// English streets, г.о. regions, towers and floors, parts split by a
// microdistrict), turn-opening answers and cities read as names, unknown
// surnames before first names, UK phones, version numbers read as IPv4 and
// fine identifiers read as accounts. rules-2025.6 fixes those categories in
// general ways, with negatives in dev3.jsonl. Four repeated mentions of a
// caller's name (h2-ru-105, -109, -118, h2-en-085) were left unlabelled when
// the file was written; they are personal data and are labelled now.

// heldout2Floor is the F1 the engine keeps on the second held-out file.
// Untuned (rules-2025.5): ADDRESS 0.928, PERSON 0.928, CARD 0.978, INN
// 0.973, PHONE 0.975, BANK_ACCOUNT 0.957, IP 0.957, the rest 1.0. With
// rules-2025.6: PERSON 0.975 (two false alarms: a kin word, a lone "Ли"),
// INN 0.973 (an ИНН after "invoice" context), every other type 1.0.
var heldout2Floor = map[string]float64{
	TypePhone: 0.99, TypeEmail: 0.99, TypeCard: 0.99, TypeINN: 0.97, TypeSNILS: 0.99, TypeOGRN: 0.99,
	TypePassport: 0.99, TypeAddress: 0.99, TypePerson: 0.97, TypeBankAccount: 0.99, TypeIP: 0.99,
}

// 5.69% untuned (213 of 351 leaked characters in ADDRESS); 1.19% with
// rules-2025.6 (PERSON 64: lower-case names, a name alone after a phone;
// INN 10). Target 0.005: still missed.
const heldout2MaxLeak = 0.0125

func TestHeldout2(t *testing.T) {
	corpusCheck{file: "testdata/heldout2.jsonl", name: "second held-out corpus", minMessages: 250,
		floors: heldout2Floor, everyType: true, maxLeak: heldout2MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
