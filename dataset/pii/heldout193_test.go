package pii

import "testing"

// testdata/heldout193.jsonl is the hundred-and-ninety-third held-out file:
// 279 messages (140 Russian, 139 English; 61 without personal data; 573
// gold spans: PERSON 330, PHONE 56, ADDRESS 45, EMAIL 32, INN 27,
// BANK_ACCOUNT 19, IP 16, PASSPORT 15, OGRN 12, CARD 12, SNILS 9), written
// by hand by someone who saw neither the engine nor any other labelled
// file, while the engine was tuned on heldout190 and heldout191. It is the
// CRM of a law firm handling personal bankruptcy and debt restructuring in
// Moscow, Samara, Novosibirsk and Krasnodar: intake questionnaires
// (passports, SNILS, INN, employers, spouses, children, guarantors,
// property and cars), creditors with their INN, OGRN and accounts, court
// rulings and bankruptcy-register notices, hearings, arbitration managers
// and judges by surname and initials, payments, accounts and cards to
// close, collectors' and relatives' calls, complaints, deletion and access
// requests; clients abroad and foreign creditors in English. Chats,
// lower-case transcripts, e-mails with headers, quotes, forwards and
// signatures, web forms, CSV and pipe tables, OCR'd passports and rulings,
// portal and audit logs, SMS. Every case form, initials before and after
// surnames, lower-case and diminutive names (танюш, Лёва, Верочка), names
// split across form fields, names in capitals, "SURNAME/NAME MRS"
// bookings; names that are also words labelled only as names ("Слава
// богу", "Надежда умирает последней", "Grace period", Grace Logistics
// LLC). Negatives: court case, contract, loan, enforcement (ИП), register,
// invoice, notary-register, receipt and tracking numbers, КПП, БИК, ОКПО,
// correspondent and treasury accounts, ОМС, VINs, plates, cadastral
// numbers, a Kazakh BIN, masked cards, a version shaped like an IP, wrong
// check digits.
//
// The engine was judged on it once, untuned, with rules-2025.118 (engine
// 1.116.0, commit 9953d05): every F1 target met (ADDRESS 0.978 with two
// false alarms, a garden plot the writer left unlabelled and a surname
// before a СНИЛС read as a street; PERSON 0.973; the other types 1.0);
// 0.685% of PII characters leaked (65 of 9492: PERSON 56, ADDRESS 9),
// against the target of 0.5%.
//
// rules-2025.119 (engine 1.117.0) was then tuned on it and on heldout192: no
// house's number opens with a zero (the СНИЛС after "Белоусовой"),
// "lawyer", "attorney", "judge" before a name, "по делу клименко", a
// patronymic in Latin letters in a transcript ("tamara ivanovna"),
// Alfa-Bank. ADDRESS 0.989, PERSON 0.982; leak 0.432% (41 of 9492), under
// the target once tuned. These are tuned figures; the floors guard them.

// heldout193Floor holds the targets, all met untuned and tuned.
var heldout193Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.97, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout193MaxLeak: target 0.005; 0.685% untuned, 0.432% tuned.
const heldout193MaxLeak = 0.005

func TestHeldout193(t *testing.T) {
	corpusCheck{file: "testdata/heldout193.jsonl", name: "hundred-and-ninety-third held-out corpus", minMessages: 250,
		floors: heldout193Floor, everyType: true, maxLeak: heldout193MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
