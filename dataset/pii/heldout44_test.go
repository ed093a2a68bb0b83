package pii

import "testing"

// testdata/heldout44.jsonl is the forty-fourth held-out file: 261 messages
// (131 Russian, 130 English; 50 without personal data; 544 gold spans:
// PERSON 280, PHONE 63, ADDRESS 37, EMAIL 37, INN 27, BANK_ACCOUNT 22,
// PASSPORT 20, OGRN 16, IP 16, CARD 13, SNILS 13), written by hand by
// someone who saw neither the engine nor any other labelled file, while the
// engine was tuned on heldout42 and heldout43. It is the CRM of a
// residential developer's sales office and customer care in Moscow and St
// Petersburg: ДДУ and escrow, instalment plans and arrears, key handover and
// snag lists, parking spaces and storage rooms, handover to the management
// company, warranty contractors, site passes, requisites of buyers' firms
// and subcontractors, refunds, mortgages and tax deductions, portal
// security alerts; Russian buyers and investors from China, Turkey,
// Kazakhstan, the UAE, the UK, Ireland, Germany, India, France, Japan,
// Korea, Nigeria, Poland and the US. Staff chats, letters, e-mails with
// signatures and quoted or forwarded history, lower-case transcripts,
// notices, requisites, lists. Names in every case, patronymics alone,
// diminutives, lower case, trailing initials, ИП before a name; titles
// outside; passports with "номер" inside the span, glued foreign ones.
// Negatives: Вера в успех, слава богу, ЖК «Надежда», Will you, Mark my
// words, grace period, Victoria the place, Hope as a word (and once as a
// person), firms named after surnames, streets without a house, cities,
// metro stations; contract, ticket, invoice and incident numbers, amounts,
// dates, VINs, plates, КПП, БИК, ОКПО, correspondent accounts, ОМС, RRN
// and auth codes, masked cards, a cut-off phone, versions shaped like IPs,
// and INN, SNILS, card and OGRN numbers with a wrong check digit.
//
// The engine was judged on it once, untuned, with rules-2025.27 (engine
// 1.25.0, commit 99f8677): every identifier type 1.0, PERSON 0.993 and
// ADDRESS 0.961 (three false alarms); 0.489% of PII characters leaked (43
// of 8786: ADDRESS 24, PERSON 19): the first held-out file on which every
// target, the leak's included, was met.

// It is no longer held out: after that run its misses (with heldout45's)
// drove rules-2025.28 (engine 1.26.0). With rules-2025.28: PERSON 0.993,
// every other type 1.0 (a building and flat without a street are no longer
// taken for an address); leak unchanged at 0.489% (ADDRESS 24, PERSON 19).
//
// Since rules-2025.218 the engine masks a flat in a named housing complex
// ("ЖК «Речной квартал», корп. 5, кв. 132"), as heldout668 and most files
// label it; this file leaves its one unlabelled, so its ADDRESS F1 is 0.987
// (one false positive) and its floor 0.98.

// heldout44Floor guards the tuned level.
var heldout44Floor = map[string]float64{
	TypeBankAccount: 0.99, TypeCard: 0.99, TypeEmail: 0.99, TypeINN: 0.99, TypeIP: 0.99, TypeOGRN: 0.99,
	TypePassport: 0.99, TypePhone: 0.99, TypeSNILS: 0.99, TypeAddress: 0.98, TypePerson: 0.98,
}

// heldout44MaxLeak: target 0.005; 0.489% untuned and tuned.
const heldout44MaxLeak = 0.005

func TestHeldout44(t *testing.T) {
	corpusCheck{file: "testdata/heldout44.jsonl", name: "forty-fourth held-out corpus", minMessages: 250,
		floors: heldout44Floor, everyType: true, maxLeak: heldout44MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
