package pii

import "testing"

// testdata/heldout148.jsonl is the hundred-and-forty-eighth held-out file:
// 280 messages (140 Russian, 140 English; 55 without personal data; 536
// gold spans: PERSON 282, PHONE 60, ADDRESS 44, EMAIL 40, IP 20, INN 19,
// PASSPORT 19, BANK_ACCOUNT 18, CARD 15, SNILS 11, OGRN 8), written by hand
// by someone who saw neither the engine nor any other labelled file, while
// the engine was tuned on heldout142 to heldout145. It is the CRM of a
// clinical research centre recruiting patients for drug trials in Moscow,
// Kazan and Novosibirsk: screening calls, informed consents and
// withdrawals, visit schedules, adverse event reports, travel and meal
// compensations, investigators' and nurses' contracts, CRO requisites,
// complaints, EDC and IWRS operations, deletion requests. Chats and
// WhatsApp, lower-case transcripts and voicemails, e-mails with headers,
// quotes, forwards and signatures, forms, CSV and pipe tables, OCR'd
// passports, consents and ID cards, EDC audit, payment and login logs with
// IPv4 and IPv6, SMS. Every case form, diminutives, lower-case names,
// patients named by their initials alone ("Н.В.К.", "A.R.S."), labelled;
// investigators with titles and initials; names that are also words both
// ways; scales, syndromes and diseases named after people (шкала Глазго,
// синдром Дауна, болезнь Паркинсона, Beck, Hamilton) unlabelled. Russian,
// UK and US addresses, some spoken. Negatives: protocol, patient, visit,
// kit, lot, invoice, contract, ticket and claim numbers, tracking numbers,
// a VIN, plates, ОМС, КПП, БИК, ОКПО, correspondent accounts, IP-shaped
// versions, a MAC address, masked cards, wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.85 (engine
// 1.83.0, commit e8110fc): every type met its target (PERSON 0.934:
// patients named by initials alone, which the engine does not read as
// names, PHONE 0.992, the others 1.0); 2.150% of PII characters leaked (188
// of 8743: PERSON 176, ADDRESS 12), against the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.86
// (engine 1.84.0), with those of heldout146, 147 and 149: patients named by
// their initials alone after a patient's or a subject's word ("Пациент:
// Н.В.К.", "(initials N.V.K.)"), questionnaires, scales and inventories
// named after people ("опросник Бека", "the Beck Depression Inventory").
// With rules-2025.86: PERSON 0.955, PHONE 0.992, the others 1.0; leak
// 1.533% (134 of 8743: PERSON 122, ADDRESS 12).

// heldout148Floor guards the tuned level.
var heldout148Floor = map[string]float64{
	TypeBankAccount: 0.99, TypeCard: 0.99, TypeEmail: 0.99, TypeINN: 0.99, TypeIP: 0.99, TypeOGRN: 0.99,
	TypePassport: 0.99, TypePhone: 0.99, TypeSNILS: 0.99, TypeAddress: 0.99, TypePerson: 0.95,
}

// heldout148MaxLeak: target 0.005; 2.150% untuned, 1.533% tuned.
const heldout148MaxLeak = 0.016

func TestHeldout148(t *testing.T) {
	corpusCheck{file: "testdata/heldout148.jsonl", name: "hundred-and-forty-eighth held-out corpus", minMessages: 250,
		floors: heldout148Floor, everyType: true, maxLeak: heldout148MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
