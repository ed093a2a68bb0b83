package pii

import "testing"

// testdata/heldout78.jsonl is the seventy-eighth held-out file: 290
// messages (147 Russian, 143 English; 49 without personal data; 559 gold
// spans: PERSON 319, ADDRESS 62, PHONE 45, EMAIL 37, INN 15, BANK_ACCOUNT
// 14, CARD 14, IP 14, SNILS 14, OGRN 13, PASSPORT 12), written by hand by
// someone who saw neither the engine nor any other labelled file, while
// the engine was tuned on heldout76 and heldout77. It is the CRM of a
// bottled water and cooler delivery service: home and office
// subscriptions, couriers' delivery windows, empty bottles, cooler rental
// deposits and refunds, sanitization and repair visits, complaints about
// the water, corporate contracts, invoices, reconciliations, debt
// reminders and claims. Chats, replies, SMS and system notices, lower-case
// call transcripts with addresses read out, letters, e-mails with headers,
// quoted history and signatures, requisites, HR forms, staff lists,
// minutes, shift handovers. Names in full, with initials ("Фамилия И.О.",
// the final dot inside the label; "W. Stanton"), in every case,
// diminutives, lower case, cardholders in capitals; titles outside.
// Addresses Russian with index, region, корпус, стр., лит., офис and кв.,
// a Zelenograd building, a plot in an СНТ, spoken ones; US, UK and Moscow
// addresses in English. Negatives: firms and shops ("Шишкин лес", "Rose's
// Café", "Ashford & Lyle Solicitors", "Fletcher & Daughters"), Вера,
// Надежда, "Слава богу", "Роза ветров", Will, Mark, Frank, "Grace period",
// Sandy, Amber, Victoria the place; wrong check digits beside the right
// value, an INN split by a space, masked cards, correspondent accounts,
// БИК, КПП, ОКПО, ОМС, order, ticket, invoice, contract and claim numbers,
// tracking numbers, an ACH trace, a call id, VINs, plates, serials, a MAC
// address, an EDO id, versions shaped like IPs, ZIP codes.
//
// The engine was judged on it once, untuned, with rules-2025.46 (engine
// 1.44.0, commit f564c84): every identifier type but PASSPORT 1.0, ADDRESS
// 0.975, PERSON 0.967 (targets met); PASSPORT 0.957 (one missed) misses
// its target; 1.916% of PII characters leaked (174 of 9082: ADDRESS 86,
// PERSON 78, PASSPORT 10), against the target of 0.5%.
//
// It is no longer held out: after that run its misses (with heldout79's)
// drove rules-2025.47 (engine 1.45.0). With rules-2025.47: every type 1.0
// but ADDRESS 0.975 (lower-case ones read out, "fourteen oak hollow road",
// "комсомольского 15 кв 3") and PERSON 0.973 (misses: lower-case names in
// transcripts, "bill stanton", "kyle ames"; names with no cue, Pam, Trish,
// Baxter); leak 1.806% (164 of 9082: ADDRESS 86, PERSON 78).

// heldout78Floor guards the tuned level.
var heldout78Floor = map[string]float64{
	TypeBankAccount: 0.99, TypeCard: 0.99, TypeEmail: 0.99, TypeINN: 0.99, TypeIP: 0.99, TypeOGRN: 0.99,
	TypePassport: 0.99, TypePhone: 0.99, TypeSNILS: 0.99, TypeAddress: 0.97, TypePerson: 0.97,
}

// heldout78MaxLeak: target 0.005; 1.916% untuned, 1.806% tuned.
const heldout78MaxLeak = 0.019

func TestHeldout78(t *testing.T) {
	corpusCheck{file: "testdata/heldout78.jsonl", name: "seventy-eighth held-out corpus", minMessages: 250,
		floors: heldout78Floor, everyType: true, maxLeak: heldout78MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
