package pii

import "testing"

// testdata/heldout110.jsonl is the hundred-and-tenth held-out file: 280
// messages (140 Russian, 140 English; 61 without personal data; 620 gold
// spans: PERSON 341, ADDRESS 63, PHONE 61, EMAIL 36, INN 27, PASSPORT 25,
// IP 19, BANK_ACCOUNT 14, CARD 13, OGRN 12, SNILS 9), written by hand by
// someone who saw neither the engine nor any other labelled file, while the
// engine was tuned on heldout108 and heldout109. It is the CRM of a
// real-estate agency with a mortgage-broker desk in Moscow and its region,
// St Petersburg, Sochi and Kaliningrad: listings and viewings, sellers and
// buyers, landlords and tenants, deposits, escrow and letters of credit,
// mortgage applications with income documents, ЕГРН checks, powers of
// attorney and notaries, inheritance, agents' commissions, complaints,
// reviews, deletion and access requests. Chats, lower-case call
// transcripts, e-mails with headers, quotes, forwards and signatures,
// forms, contracts, acts and receipts, OCR'd passports and employment
// records, CSV and pipe tables, CRM, payment and security logs. Addresses
// written many ways (ЖК, корпус, секция, лит.; "Кутузовском, 24-118";
// transliterated; spelled out), co-owners and children, names in every
// case form and diminutive, airline-style names, names that are also
// words both ways (Надежда, Роман, Мир, Hope, Mark, Will), streets named
// after people. Negatives: contracts, claims, letters of credit, cadastral
// numbers, КПП, БИК, ОКПО, ОКАТО, ОКТМО, correspondent accounts, ОМС, a
// VIN, a plate, RRN, MID and TID, UUIDs, UK company and VAT numbers,
// IP-shaped versions, masked cards, numbers with a wrong check digit.
//
// The engine was judged on it once, untuned, with rules-2025.65 (engine
// 1.63.0, commit 0d12da3): every type met its target (PERSON 0.966, PHONE
// 0.992, the others 1.0); 1.255% of PII characters leaked (125 of 9960:
// PERSON 97, ADDRESS 28; names that are also words, lower-case English
// names, "Тарасов Мир Алексеевич"), against the target of 0.5%.
//
// It is no longer held out: after that run its misses (with heldout111's)
// drove rules-2025.66 (engine 1.64.0): a word between a surname and a
// patronymic is a first name, Armenian, Georgian and Indian first names,
// Ника and Виталя, a card holder's initial without its dot, a passport's
// bilingual "Surname / Nom" label, no area code starting 80 but 800 and
// 804. With rules-2025.66: PERSON 0.981, the other types 1.0; leak 0.683%
// (68 of 9960: PERSON 40, ADDRESS 28).

// heldout110Floor guards the tuned level.
var heldout110Floor = map[string]float64{
	TypeBankAccount: 0.99, TypeCard: 0.99, TypeEmail: 0.99, TypeINN: 0.99, TypeIP: 0.99, TypeOGRN: 0.99,
	TypePassport: 0.99, TypePhone: 0.99, TypeSNILS: 0.99, TypeAddress: 0.99, TypePerson: 0.97,
}

// heldout110MaxLeak: target 0.005; 1.255% untuned, 0.683% tuned.
const heldout110MaxLeak = 0.007

func TestHeldout110(t *testing.T) {
	corpusCheck{file: "testdata/heldout110.jsonl", name: "hundred-and-tenth held-out corpus", minMessages: 250,
		floors: heldout110Floor, everyType: true, maxLeak: heldout110MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
