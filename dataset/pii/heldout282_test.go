package pii

import "testing"

// testdata/heldout282.jsonl is the two-hundred-and-eighty-second
// held-out file: 278 messages (141 Russian, 137 English; 59 without
// personal data; 538 gold spans: PERSON 307, PHONE 62, ADDRESS 36, EMAIL
// 33, PASSPORT 28, IP 17, INN 15, BANK_ACCOUNT 15, CARD 13, SNILS 6, OGRN
// 6), written by hand by someone who saw neither the engine nor any other
// labelled file, while the engine was tuned on heldout276 to heldout279.
// It is the CRM of a second-hand car dealer with trade-in and car loans in
// Novosibirsk, Omsk, Krasnoyarsk and Irkutsk: buyers' and sellers'
// documents, previous owners from the ПТС and history reports, test
// drives, loan applications with employers and incomes, payments and
// refunds, complaints, deletion and access requests; foreign buyers in
// English. Chats, SMS, lower-case call transcripts, e-mails with headers,
// quotes, forwards and signatures, labelled web forms and loan
// applications, CSV, pipe and semicolon stock lists and schedules, OCR'd
// passports and ПТС, portal, acquiring and security logs, requisites.
// Every case form, diminutives, capitals, initials, airline-style names,
// names that are also words used both ways. Negatives: ПТС numbers shaped
// like passports (some with a passport's digits), electronic ПТС, VINs,
// plates, contract, loan and stock numbers, ОСАГО and ОМС policies, КПП,
// БИК, car models named like people, masked cards, versions shaped like
// IPs, wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.149 (engine
// 1.144.0, commit 3ad6301): every F1 target met (PERSON 0.977: Lada the
// car and Victoria the city read as people, OCR'd form labels; the other
// types 1.0); 0.276% of PII characters leaked (23 of 8334: PERSON 21,
// ADDRESS 2): the leak target of 0.5% met too.
//
// It is no longer held out: after that run its misses drove rules-2025.150
// (engine 1.145.0), with those of heldout280, heldout281, heldout283: a
// car's model after its make ("Toyota Mark X"), a make's column in a stock
// list ("марка|модель" … "Lada|Vesta SW"), an OCR'd form's address labels
// ("Адрес Г.", "МЕСТО ЖИТЕЛЬСТВА Г."). Tuned: PERSON 0.989; 0.252% leaked
// (21 of 8334).

// heldout282Floor holds the tuned figures: the targets, all met.
var heldout282Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.97, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout282MaxLeak: target 0.005, met untuned (0.276%) and tuned (0.252%).
const heldout282MaxLeak = 0.003

func TestHeldout282(t *testing.T) {
	corpusCheck{file: "testdata/heldout282.jsonl", name: "two-hundred-and-eighty-second held-out corpus", minMessages: 250,
		floors: heldout282Floor, everyType: true, maxLeak: heldout282MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
