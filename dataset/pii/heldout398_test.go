package pii

import "testing"

// testdata/heldout398.jsonl is the three-hundred-and-ninety-eighth held-
// out file: 280 messages (141 Russian, 139 English; 57 without personal
// data; 466 gold spans: PERSON 262, ADDRESS 70, PHONE 47, INN 16, IP 15,
// EMAIL 14, CARD 12, BANK_ACCOUNT 9, PASSPORT 9, OGRN 7, SNILS 5), written
// by hand by someone who saw neither the engine nor any other labelled
// file, while the engine was tuned on files up to heldout395. It is the
// CRM of a home and office cleaning service in Moscow, St Petersburg,
// Yekaterinburg and Dubai: orders, regular contracts, shifts and ratings,
// damage and loss claims, keys handed over, refunds, payouts to self-
// employed cleaners, business clients. Chats, lower-case call transcripts
// with a phone and addresses in words, e-mails with headers, quotes and
// signatures, web forms, SMS, CSV and pipe shift schedules, payroll and
// rating tables, CRM, app and server logs, OCR'd Russian, Uzbek and
// Nigerian passports, a cleaner's patent. Addresses with entrance, floor
// and intercom code beside them, office towers, Dubai villas and towers
// with no street, Central Asian names, families in the plural, every case
// form. Negatives: cleaning brands and mascots (Mr. Proper, Cif, Frau
// Schmidt), a UAE TRN, patent and medical-book numbers, intercom codes, a
// PO box, masked cards, КПП, БИК, wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.173 (engine
// 1.168.0, commit f8120dd): ADDRESS 0.919 missed its target by a hair
// (Dubai towers, villas and business parks named without a street, "Palm
// Jumeirah, Frond K, Villa 18", "Cayan Tower, Al Sayorah Street, Dubai
// Marina", and a spoken one); PERSON 0.945 and the other types (1.0) met
// theirs; 6.567% of PII characters leaked (503 of 7659: ADDRESS 401,
// PERSON 102).
//
// It is no longer held out: after that run its misses drove rules-2025.174
// (engine 1.169.0), with those of the other files from heldout396 to
// heldout399, which changed nothing here, and rules-2025.175 (engine
// 1.170.0): a flat, a villa or an office in a named tower, on a frond of the
// Palm or in a named point, the unit's word capitalized ("Palm Jumeirah,
// Frond K, Villa 18", "Sheikh Zayed Road, Al Saqr Business Tower, Office
// 1704", "Delphine Tower, Apt 708"). Its cleaning brand's Frau Schmidt and
// Filipino names that are also words were left. Tuned: ADDRESS 0.950 (now
// met), PERSON 0.945; 4.465% leaked (342 of 7659).

// heldout398Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout398Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.97, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout398MaxLeak: target 0.005, missed untuned (6.567%), missed tuned (4.465%).
const heldout398MaxLeak = 0.045

func TestHeldout398(t *testing.T) {
	corpusCheck{file: "testdata/heldout398.jsonl", name: "three-hundred-and-ninety-eighth held-out corpus", minMessages: 250,
		floors: heldout398Floor, everyType: true, maxLeak: heldout398MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
