package pii

import "testing"

// testdata/heldout280.jsonl is the two-hundred-and-eightieth held-out
// file: 282 messages (141 Russian, 141 English; 62 without personal data;
// 486 gold spans: PERSON 293, PHONE 70, EMAIL 33, ADDRESS 24, IP 20, INN
// 12, BANK_ACCOUNT 8, CARD 8, OGRN 7, PASSPORT 7, SNILS 4), written by hand
// by someone who saw neither the engine nor any other labelled file, while
// the engine was tuned on heldout276 to heldout279.
// It is the CRM of a car-wash and detailing chain with a loyalty app in
// Moscow, Kazan, Ufa and Almaty: bookings, loyalty accounts, corporate
// fleet contracts, damage claims, staff shifts and payroll, payments,
// complaints, deletion and access requests; foreign clients in English.
// Chats, lower-case call transcripts, e-mails with headers, quotes,
// forwards and signatures, web forms, CSV, pipe and semicolon rotas and
// booking lists, payment, terminal and app logs, SMS, Slack. Tatar, Bashkir
// and Kazakh names (with Kazakh letters), washers by first name,
// diminutives, every case form, names that are also words used both ways.
// Negatives: car models, boxes, loyalty card, booking and claim numbers,
// plates, VINs, RRN, auth codes, terminal IDs, Kazakh ИИН and БИН, ОМС,
// КПП, БИК, ОКПО, masked cards, versions shaped like IPs, wrong check
// digits.
//
// The engine was judged on it once, untuned, with rules-2025.149 (engine
// 1.144.0, commit 3ad6301): every F1 target met (ADDRESS 0.980: a box at
// a wash read as a house; PERSON 0.985: washers' names in a rota, a
// detailing brand read as a person; the other types 1.0); 0.387% of PII
// characters leaked (27 of 6973, all PERSON): the leak target of 0.5% met
// too.
//
// It is no longer held out: its misses were read with those of heldout281,
// heldout282, heldout283 for rules-2025.150 (engine 1.145.0), but none drove
// a rule. With rules-2025.150: as untuned; 0.387% leaked (27 of 6973).

// heldout280Floor holds the tuned figures: the targets, all met.
var heldout280Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.97, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout280MaxLeak: target 0.005, met untuned (0.387%) and tuned (0.387%).
const heldout280MaxLeak = 0.004

func TestHeldout280(t *testing.T) {
	corpusCheck{file: "testdata/heldout280.jsonl", name: "two-hundred-and-eightieth held-out corpus", minMessages: 250,
		floors: heldout280Floor, everyType: true, maxLeak: heldout280MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
