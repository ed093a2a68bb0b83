package pii

import "testing"

// testdata/heldout876.jsonl is the eight-hundred-and-seventy-sixth held-out
// file: 280 messages (140 Russian, 140 English; 63 without personal data;
// 536 gold spans: PERSON 280, ADDRESS 71, PHONE 58, EMAIL 39, INN 17,
// PASSPORT 17, IP 16, BANK_ACCOUNT 13, CARD 10, SNILS 8, OGRN 7), written by
// hand by someone who saw neither the engine nor any other labelled file,
// while the engine was tuned on files up to heldout868. It is the CRM of a
// chimney sweep and stove installation service for dachas and village houses
// in Pskov and Novgorod oblasts: orders, inspections, stove masters,
// payments, complaints. Lower-case call transcripts, orders, chats with
// masters, e-mails, CSV visit lists, pipe tables of payments, contracts,
// logs with IPs, SMS. Villages and SNT without streets ("д. Лог, 12",
// "лопатино дом восемь"), masters by nickname (Борода, Кочегар, Tankist),
// clients by name and patronymic, phones and addresses in words. Negatives:
// stove brands (Термофор, Бренеран), famous people and characters, a version
// that looks like an IP, numbers with wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.246 (engine
// 1.241.0, commit 2588814): ADDRESS 0.892, IP 0.9697 missed their targets
// (villages with a house and no street ("д. Верхолино, 14", "kamno, house
// three") and garden partnerships' plots; and a version read as an IP);
// PERSON 0.960 and the other types (1.0) met theirs; 6.789% of PII
// characters leaked (605 of 8912: PERSON 97, ADDRESS 508), against the
// target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.247
// (engine 1.242.0), with those of the other files from heldout869 to
// heldout876: villages' houses that close the address with no marker ("д.
// Верхолино, 14", "d. Khilovo, 14, Porkhov district"), and an app's version
// in a JSON log. Left: garden partnerships' plots in words, a village's
// lower-case name after its mark ("д. горушка, д 8"), and masters by
// nicknames that are ordinary words. Tuned: PERSON 0.960, ADDRESS 0.917, IP
// 1.0 (now met); 5.779% leaked (515 of 8912).

// heldout876Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout876Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.97, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.917, TypePerson: 0.92,
}

// heldout876MaxLeak: target 0.005, missed untuned (6.789%), missed tuned (5.779%).
const heldout876MaxLeak = 0.058

func TestHeldout876(t *testing.T) {
	corpusCheck{file: "testdata/heldout876.jsonl", name: "eight-hundred-and-seventy-sixth held-out corpus", minMessages: 250,
		floors: heldout876Floor, everyType: true, maxLeak: heldout876MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
