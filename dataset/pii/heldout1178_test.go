package pii

import "testing"

// testdata/heldout1178.jsonl is the
// one-thousand-one-hundred-and-seventy-eighth held-out file: 280 messages (140
// Russian, 140 English; 65 without personal data; 556 gold spans: PERSON 297,
// ADDRESS 70, PHONE 57, EMAIL 38, IP 19, PASSPORT 18, INN 17, BANK_ACCOUNT 14,
// CARD 11, SNILS 8, OGRN 7), written by hand by someone who saw neither the
// engine nor any other labelled file, while the engine was tuned on files up
// to heldout1164. It is the CRM of a snow removal and roof cleaning contractor
// in Arkhangelsk and Severodvinsk: contracts with housing associations,
// industrial climbers, roof icicle removal, damage to cars, insurance claims,
// crews, payments. Its brief asked for chats, lower-case call transcripts with
// numbers said aloud, e-mails, CSV exports and pipe tables, logs with IPs,
// SMS, staff notes, contracts and forms; and for climbers by nickname (Паук,
// Кошка, Альпинист); housing association chairs in every case; car plates and
// insurance policy numbers as negatives; addresses by building corpus and
// entrance; Pomor and Nenets names.
//
// The engine was judged on it once, untuned, with rules-2025.283 (engine
// 1.278.0, commit 76ca176): PERSON 0.904 missed its target; BANK_ACCOUNT 0.966
// missed its target; ADDRESS 0.971 and the other types (1.0) met theirs;
// 3.828% of PII characters leaked (354 of 9248: PERSON 291, ADDRESS 63),
// against the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.287
// (engine 1.282.0), with those of the other files from heldout1173 to
// heldout1188: a caller's surname before "насчёт", climbers' nicknames in
// quotes in brackets and in a "call sign" column. Left: the crews' nicknames
// that are words used alone (Паук, Кошка, Альпинист, Сом, Spider, Cat),
// lower-case surnames after "пусть" and "бригада", addresses without a street
// word in shift reports. Tuned: PERSON 0.916, ADDRESS 0.971, BANK_ACCOUNT
// 0.966; 3.525% leaked (326 of 9248).

// heldout1178Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout1178Floor = map[string]float64{
	TypeBankAccount: 0.964, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.97, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.915,
}

// heldout1178MaxLeak: target 0.005, missed untuned (3.828%), missed tuned (3.525%).
const heldout1178MaxLeak = 0.036

func TestHeldout1178(t *testing.T) {
	corpusCheck{file: "testdata/heldout1178.jsonl", name: "one-thousand-one-hundred-and-seventy-eighth held-out corpus", minMessages: 250,
		floors: heldout1178Floor, everyType: true, maxLeak: heldout1178MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
