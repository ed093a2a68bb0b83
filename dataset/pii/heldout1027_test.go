package pii

import "testing"

// testdata/heldout1027.jsonl is the one-thousand-and-twenty-seventh held-out
// file: 280 messages (140 Russian, 140 English; 64 without personal data; 564
// gold spans: PERSON 291, ADDRESS 74, PHONE 59, EMAIL 40, IP 20, PASSPORT 19,
// INN 18, BANK_ACCOUNT 14, CARD 12, SNILS 9, OGRN 8), written by hand by
// someone who saw neither the engine nor any other labelled file, while the
// engine was tuned on files up to heldout1020. It is the CRM of a sawmill and
// timber house builder in Kostroma region: log houses and saunas to order,
// forestry tickets, lumber sales, crews of carpenters, deliveries by truck,
// clients from Moscow. Its brief asked for chats, lower-case call transcripts
// with numbers said aloud, e-mails, CSV exports and pipe tables, logs with
// IPs, SMS, staff notes, contracts and forms; and for house projects named
// like people (проект «Алёна», баня «Добрыня») as negatives; forest plots by
// quarter and compartment (negatives); carpenters' crews by foreman's name;
// truck plates and waybill numbers (negatives); village addresses with plots.
//
// The engine was judged on it once, untuned, with rules-2025.265 (engine
// 1.260.0, commit 0001c96): PERSON 0.919 missed its target; PASSPORT 0.914
// missed its target; ADDRESS 0.944 and the other types (1.0) met theirs;
// 6.400% of PII characters leaked (670 of 10468: ADDRESS 363, PASSPORT 185,
// PERSON 122), against the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.266
// (engine 1.261.0), with those of the other files from heldout1021 to
// heldout1028: projects named like people in a table's cell (Баня «Добрыня»,
// Дом «Алёна»), Austrian and Jewish first names (Johann, Tsilya). Left:
// projects in quotes after a word the tables know (house "Alyona"), epic
// heroes (Алёша Попович, Ilya Muromets), towns taken for surnames (Галич).
// Tuned: PERSON 0.928, ADDRESS 0.944, PASSPORT 0.914; 6.209% leaked (650 of
// 10468).

// heldout1027Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout1027Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.913, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout1027MaxLeak: target 0.005, missed untuned (6.400%), missed tuned (6.209%).
const heldout1027MaxLeak = 0.063

func TestHeldout1027(t *testing.T) {
	corpusCheck{file: "testdata/heldout1027.jsonl", name: "one-thousand-and-twenty-seventh held-out corpus", minMessages: 250,
		floors: heldout1027Floor, everyType: true, maxLeak: heldout1027MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
