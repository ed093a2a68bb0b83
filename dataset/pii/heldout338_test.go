package pii

import "testing"

// testdata/heldout338.jsonl is the three-hundred-and-thirty-eighth held-
// out file: 281 messages (141 Russian, 140 English; 62 without personal
// data; 452 gold spans: PERSON 249, PHONE 76, ADDRESS 37, EMAIL 31,
// PASSPORT 14, INN 11, IP 11, OGRN 7, CARD 7, BANK_ACCOUNT 6, SNILS 3),
// written by hand by someone who saw neither the engine nor any other
// labelled file, while the engine was tuned on files up to heldout335. It
// is the CRM of a cargo airline's and freight forwarder's customer desk at
// Sheremetyevo, Novosibirsk, Almaty and Istanbul: air waybills, consignees
// and shippers with contacts, customs brokers, dangerous goods, warehouse
// pickups and gate passes, damaged-cargo claims, invoices, foreign agents.
// Chats, lower-case call transcripts, e-mails with headers, quotes and
// signatures, CSV and pipe manifests, EDI lines (CNE/…, NFY/…), system
// logs, SMS. Names in capitals and as SURNAME/GIVEN, Kazakh, Turkish and
// Azerbaijani names, every case form. Negatives: firms named after people
// (Иванов и партнёры, Joseph & Sons), Victoria (Seychelles), AWB, flight,
// HS, claim, pallet and ULD numbers, weights, КПП, БИК, firms' mailboxes,
// wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.161 (engine
// 1.156.0, commit 7c3fc2f): EMAIL 0.954 missed its target (firms'
// mailboxes, claims@ and ops@, that the writer left unlabelled); ADDRESS
// 0.972, PERSON 0.982, PHONE 0.987 and the other types (1.0) met theirs;
// 3.169% of PII characters leaked (245 of 7730: ADDRESS 166, PERSON 57,
// PHONE 22).
//
// It is no longer held out: after that run its misses drove rules-2025.162
// (engine 1.157.0), with those of the other files from heldout336 to
// heldout339: a cargo message's phone ("TEL/79138820511"), a Turkish firm's
// suffix ("Çelik Kimya San. A.Ş."). Tuned: PERSON 0.984, PHONE 0.993,
// ADDRESS 0.972, EMAIL as untuned (firms' mailboxes); 3.027% leaked (234 of
// 7730).

// heldout338Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout338Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.95, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.97, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout338MaxLeak: target 0.005, missed untuned (3.169%), missed tuned (3.027%).
const heldout338MaxLeak = 0.031

func TestHeldout338(t *testing.T) {
	corpusCheck{file: "testdata/heldout338.jsonl", name: "three-hundred-and-thirty-eighth held-out corpus", minMessages: 250,
		floors: heldout338Floor, everyType: true, maxLeak: heldout338MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
