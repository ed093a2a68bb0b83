package pii

import "testing"

// testdata/heldout604.jsonl is the six-hundred-and-fourth held-out file: 280
// messages (140 Russian, 140 English; 64 without personal data; 525 gold
// spans: PERSON 279, ADDRESS 63, PHONE 58, EMAIL 37, IP 17, PASSPORT 17,
// BANK_ACCOUNT 14, INN 13, CARD 12, OGRN 8, SNILS 7), written by hand by
// someone who saw neither the engine nor any other labelled file, while the
// engine was tuned on files up to heldout596. It is the CRM of a diamond and
// gold jewellery shop with engraving and repair in Yakutsk, Mirny and
// Moscow: orders, engravings of names and dates, repairs, valuations,
// instalments, certificates, insurance claims for lost rings. Chats with
// clients, lower-case call transcripts, e-mails with quotes, web order
// forms, CSV order exports, pipe tables of repairs, webhooks and logs, SMS,
// OCR'd contracts and receipts. Yakut names with and without patronymics,
// names to engrave in quotes in their cases, a person named like a town,
// Chinese and Korean tourists with their passports and addresses, names in
// capitals with slashes, initials, villages of Yakutia with a street and a
// house, phones and addresses said in words. Negatives: jewellery
// collections named after people and heroes, famous people, villages alone,
// gem certificate numbers next to phones, pets, masked cards, codes, numbers
// with wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.209 (engine
// 1.204.0, commit 64c60b5): PERSON 0.918, PASSPORT 0.9697 missed their
// targets (Yakut names the tables do not know, alone and in lower case; a
// Chinese passport's number an interpreter reads out); PHONE 0.991, ADDRESS
// 0.960, IP 0.971 and the other types (1.0) met theirs; 4.982% of PII
// characters leaked (450 of 9033: PERSON 262, PHONE 51, PASSPORT 9, ADDRESS
// 128), against the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.210
// (engine 1.205.0), with those of the other files from heldout597 to
// heldout604: Yakut given names the tables lacked (Саргылана, Сайаана,
// Дьулустан, Уйгун, Алгыс) in their cases and in Latin letters. Left: Yakut
// surnames in lower case alone, a Chinese tourist's name said in syllables,
// names of jewellery collections, and a passport an interpreter reads out.
// Tuned: PERSON 0.946 (now met), PHONE 0.991, PASSPORT 0.9697, ADDRESS
// 0.960, IP 0.971; 3.487% leaked (315 of 9033).

// heldout604Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout604Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.969, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout604MaxLeak: target 0.005, missed untuned (4.982%), missed tuned (3.487%).
const heldout604MaxLeak = 0.035

func TestHeldout604(t *testing.T) {
	corpusCheck{file: "testdata/heldout604.jsonl", name: "six-hundred-and-fourth held-out corpus", minMessages: 250,
		floors: heldout604Floor, everyType: true, maxLeak: heldout604MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
