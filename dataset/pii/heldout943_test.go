package pii

import "testing"

// testdata/heldout943.jsonl is the nine-hundred-and-forty-third held-out
// file: 280 messages (140 Russian, 140 English; 62 without personal data;
// 493 gold spans: PERSON 269, ADDRESS 64, PHONE 56, EMAIL 30, IP 17,
// PASSPORT 12, BANK_ACCOUNT 11, INN 11, CARD 10, SNILS 7, OGRN 6), written
// by hand by someone who saw neither the engine nor any other labelled file,
// while the engine was tuned on files up to heldout940. It is the CRM of a
// shoe repair and key cutting kiosk chain in Voronezh and Lipetsk: repairs,
// key copies, intercom keys, orders waiting for pickup, complaints, masters.
// Chats, lower-case call transcripts, repair receipts, CSV pickup lists,
// pipe tables of payments, e-mails in English with a supplier, SMS. Masters
// by first name and nickname (Ашот, Палыч, Михалыч) in many cases, lockout
// visits with a passport check. Negatives: shoe brands named after people
// (Ralf Ringer, Dr. Martens, Carlo Pazolini), intercom codes and chip ids,
// receipt numbers, famous people, numbers with wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.255 (engine
// 1.250.0, commit d06a2ef): every F1 target met (PERSON 0.966, ADDRESS
// 0.992, PHONE 0.991, the other types 1.0); 0.239% of PII characters leaked
// (18 of 7531: PERSON 12, PHONE 6), within the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.256
// (engine 1.251.0), with those of the other files from heldout941 to
// heldout948: none of its own misses; the rules from the other files changed
// none of its figures. Left: shoe brands named after people (Dr. Martens,
// Ralf Ringer) and a kiosk named like one ("Kabluchok"). Tuned: PERSON
// 0.966, PHONE 0.991, ADDRESS 0.992; 0.239% leaked (18 of 7531).

// heldout943Floor holds the tuned figures: the targets, all met.
var heldout943Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.97, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout943MaxLeak: target 0.005, met untuned (0.239%), met tuned (0.239%).
const heldout943MaxLeak = 0.005

func TestHeldout943(t *testing.T) {
	corpusCheck{file: "testdata/heldout943.jsonl", name: "nine-hundred-and-forty-third held-out corpus", minMessages: 250,
		floors: heldout943Floor, everyType: true, maxLeak: heldout943MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
