package pii

import "testing"

// testdata/heldout432.jsonl is the four-hundred-and-thirty-second held-out
// file: 280 messages (140 Russian, 140 English; 62 without personal data;
// 535 gold spans: PERSON 273, ADDRESS 73, PHONE 59, EMAIL 38, INN 17, IP 17,
// PASSPORT 17, BANK_ACCOUNT 15, CARD 13, OGRN 7, SNILS 6), written by hand
// by someone who saw neither the engine nor any other labelled file, while
// the engine was tuned on files up to heldout428. It is the CRM of a B2B
// office-supplies and coffee-machine leasing company in Moscow, Kazan and
// Minsk: corporate clients with INN, OGRN and KPP, office managers and
// accountants, invoices and reconciliation acts, technicians' visits,
// deliveries to business centres, signers with powers of attorney. E-mail
// threads with long signatures and legal footers, chats, lower-case call
// transcripts, 1C exports as CSV, pipe tables of invoices, EDI and JSON
// payloads, CRM audit logs, OCR'd letters with company details. ИНН/КПП
// written together, individual entrepreneurs with a 12-digit INN and ОГРНИП,
// business-centre addresses with floor and office, names with initials
// before and after the surname. Negatives: Belarusian УНП and IBANs, invoice
// and contract numbers, serial numbers, GLNs, famous writers, numbers with
// wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.182 (engine
// 1.177.0, commit 88423b2): PASSPORT 0.9697 missed its target (a passport of
// letters and digits, "L01X00T47"); PERSON 0.985, ADDRESS 0.966 and the
// other types (1.0) met theirs; 3.520% of PII characters leaked (377 of
// 10711: PERSON 30, PASSPORT 9, ADDRESS 338), against the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.183
// (engine 1.178.0), with those of the other files from heldout429 to
// heldout432: a business centre and a floor inside an English address
// ("Suvar Plaza business center, 9th floor"), a street of two words after
// "ulitsa" said aloud, and "Машину" no longer read as a name. Left: a
// passport of letters and digits ("L01X00T47"), lower-case surnames,
// "Magistral Plaza BC", and brands. Tuned: PERSON 0.987, PASSPORT 0.9697,
// ADDRESS 0.986; 2.129% leaked (228 of 10711).

// heldout432Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout432Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.969, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout432MaxLeak: target 0.005, missed untuned (3.520%), missed tuned (2.129%).
const heldout432MaxLeak = 0.022

func TestHeldout432(t *testing.T) {
	corpusCheck{file: "testdata/heldout432.jsonl", name: "four-hundred-and-thirty-second held-out corpus", minMessages: 250,
		floors: heldout432Floor, everyType: true, maxLeak: heldout432MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
