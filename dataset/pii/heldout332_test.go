package pii

import "testing"

// testdata/heldout332.jsonl is the three-hundred-and-thirty-second held-
// out file: 279 messages (139 Russian, 140 English; 57 without personal
// data; 536 gold spans: PERSON 299, PHONE 78, EMAIL 33, ADDRESS 25, INN
// 21, IP 21, PASSPORT 19, SNILS 13, CARD 13, BANK_ACCOUNT 9, OGRN 5),
// written by hand by someone who saw neither the engine nor any other
// labelled file, while the engine was tuned on files up to heldout331. It
// is the CRM of a microfinance lender and its collection department in
// Moscow, Novosibirsk, Krasnoyarsk and Tashkent: loan applications with
// passports, SNILS and INN, income checks, card payouts and repayments,
// restructuring, overdue reminders, collection calls to borrowers,
// relatives and employers, complaints to the Bank of Russia, bankruptcy
// notices, mail from an investor, auditors and lawyers. Chats, lower-case
// call transcripts, e-mails with headers, quotes and signatures, web
// forms, CSV and pipe overdue lists, scoring, payment and login logs, SMS,
// OCR'd passports. Uzbek and Tatar names, every case form, surnames with
// initials, "SURNAME/NAME MR", names that are also words used both ways.
// Negatives: contract, case, complaint and tracking numbers, ОМС, КПП,
// БИК, ОКПО, correspondent accounts, masked cards, a Humo card and numbers
// with wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.160 (engine
// 1.155.0, commit f43ee6e): every F1 target met (INN 0.976, PERSON 0.985,
// PHONE 0.994, the other types 1.0); 0.445% of PII characters leaked (39
// of 8768: PERSON 16, INN 12, PHONE 11), under the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.161
// (engine 1.156.0), with those of the other files from heldout332 to
// heldout335: a borrower's word outside the name ("Должник Ковалёв"), a
// phone as a log's login, an INN in brackets after the person in a court's
// notice. Tuned: INN 1.0, PHONE 1.0, PERSON 0.988; 0.182% leaked (16 of
// 8768).

// heldout332Floor holds the tuned figures: the targets, all met.
var heldout332Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.97, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout332MaxLeak: target 0.005, met untuned (0.445%), met tuned (0.182%).
const heldout332MaxLeak = 0.002

func TestHeldout332(t *testing.T) {
	corpusCheck{file: "testdata/heldout332.jsonl", name: "three-hundred-and-thirty-second held-out corpus", minMessages: 250,
		floors: heldout332Floor, everyType: true, maxLeak: heldout332MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
