package pii

import "testing"

// testdata/heldout325.jsonl is the three-hundred-and-twenty-fifth held-out
// file: 279 messages (146 Russian, 133 English; 62 without personal data;
// 571 gold spans: PERSON 302, PHONE 83, ADDRESS 44, EMAIL 41, INN 23, IP
// 19, PASSPORT 16, BANK_ACCOUNT 15, OGRN 11, CARD 10, SNILS 7), written by
// hand by someone who saw neither the engine nor any other labelled file,
// while the engine was tuned on files up to heldout323. It is the CRM of a
// building-materials wholesaler and delivery fleet in Moscow region,
// Voronezh and Minsk: contractors' orders and requisites (INN, OGRN, KPP,
// settlement accounts with БИК), payment orders, 1C export lines,
// deliveries to building sites (СНТ, участок), drivers' SMS, waybills,
// returns, debt collection, and English mail from Turkish and Chinese
// suppliers. Chats, lower-case call transcripts, e-mails with headers,
// quotes and signatures, CSV, pipe and markdown tables, 1C key=value
// lines, portal logs, airline itineraries. Sole traders with initials,
// names in every case, Belarusian names, phones glued to text, accounts
// split by spaces; firms named after people ("Смирнов и партнёры", Okoro
// Builders). Negatives: order, waybill, B/L and tracking numbers, KPP,
// БИК, УНП, correspondent accounts, a VIN, plates, wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.158 (engine
// 1.153.0, commit 845bf2a): ADDRESS 0.966, PERSON 0.979 and PHONE 0.994
// met their targets; BANK_ACCOUNT 0.966 missed its own (an account after a
// 1C export's "Счет=" key); the other types 1.0; 1.793% of PII characters
// leaked (166 of 9257: ADDRESS 107, PERSON 28, BANK_ACCOUNT 20, PHONE 11).
//
// It is no longer held out: after that run its misses drove rules-2025.159
// (engine 1.154.0), with those of the other files from heldout324 to
// heldout327: an account after a 1C export's "Счет=" key; a mobile glued to
// Cyrillic words. Tuned: BANK_ACCOUNT 1.0 (now met), PHONE 1.0, ADDRESS
// 0.966, PERSON 0.979; 1.458% leaked (135 of 9257).

// heldout325Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout325Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.97, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout325MaxLeak: target 0.005, missed untuned (1.793%), missed tuned (1.458%).
const heldout325MaxLeak = 0.015

func TestHeldout325(t *testing.T) {
	corpusCheck{file: "testdata/heldout325.jsonl", name: "three-hundred-and-twenty-fifth held-out corpus", minMessages: 250,
		floors: heldout325Floor, everyType: true, maxLeak: heldout325MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
