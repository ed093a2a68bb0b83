package pii

import "testing"

// testdata/heldout200.jsonl is the two-hundredth held-out file: 279
// messages (139 Russian, 140 English; 60 without personal data; 518 gold
// spans: PERSON 264, PHONE 56, ADDRESS 40, EMAIL 35, CARD 24, PASSPORT 24,
// IP 20, BANK_ACCOUNT 17, INN 15, SNILS 14, OGRN 9), written by hand by
// someone who saw neither the engine nor any other labelled file, while the
// engine was tuned on heldout198 and heldout199. It is the CRM of a city
// transport-card and fare-enforcement support centre in Moscow, Kazan and
// Novosibirsk: transport, school, student and social cards, lost cards and
// balance transfers, bank cards linked for autopay, fines and appeals with
// controllers by badge, refunds, contractors, complaints about drivers,
// deletion requests; tourists in English. Chats, lower-case transcripts,
// e-mails with headers, quotes, forwards and signatures, web forms, CSV
// and pipe tables, SMS, OCR'd passports and a pension certificate,
// payment-gateway, fraud, login and validator logs. Pensioners by first
// name and patronymic, initials, every case form, Tatar names, names that
// are also words used both ways; stations and stops named after people
// are no people or addresses. Negatives: transport-card and social-card
// numbers next to bank cards, masked PANs, protocol, appeal, ticket,
// invoice, receipt, RRN and tracking numbers, badges, routes, validators,
// plates, a VIN, ОМС, one-time codes, firmware versions shaped like IPs,
// КПП, БИК, ОКПО, correspondent accounts, wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.123 (engine
// 1.121.0, commit c5d33d6): every F1 target met (CARD 0.979: a card after
// "Okhotny Ryad charged my card" read into an address; PERSON 0.973;
// ADDRESS 0.988; the other types 1.0), and 0.412% of PII characters leaked
// (34 of 8260, all PERSON), under the 0.5% target: the third file of 138
// to meet the leak target untuned and the second, after heldout140, to
// meet every target.
//
// rules-2025.124 (engine 1.122.0), tuned on heldout201 and on its card
// after "Okhotny Ryad", brings CARD to 1.0; the leak is unchanged.

// heldout200Floor holds the targets, all met untuned and tuned.
var heldout200Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.97, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout200MaxLeak: target 0.005, met untuned (0.412%).
const heldout200MaxLeak = 0.005

func TestHeldout200(t *testing.T) {
	corpusCheck{file: "testdata/heldout200.jsonl", name: "two-hundredth held-out corpus", minMessages: 250,
		floors: heldout200Floor, everyType: true, maxLeak: heldout200MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
