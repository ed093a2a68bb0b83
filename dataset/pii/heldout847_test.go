package pii

import "testing"

// testdata/heldout847.jsonl is the eight-hundred-and-forty-seventh held-out
// file: 280 messages (140 Russian, 140 English; 64 without personal data;
// 534 gold spans: PERSON 275, ADDRESS 74, PHONE 57, EMAIL 39, PASSPORT 18,
// IP 17, INN 14, BANK_ACCOUNT 13, CARD 13, OGRN 7, SNILS 7), written by hand
// by someone who saw neither the engine nor any other labelled file, while
// the engine was tuned on files up to heldout844. It is the CRM of a
// translation and apostille bureau in Vladivostok and Khabarovsk:
// translations of Chinese, Korean and Japanese clients' documents,
// notarization, couriers, payments. E-mails in English and Russian, chats,
// lower-case call transcripts, CSV order lists, pipe tables of payments,
// scanned documents (passports and IDs of several countries, certificates),
// logs with IPs, SMS. Chinese, Korean and Japanese names in Latin, Cyrillic
// and their own scripts, addresses in Chinese, Korean and Japanese script,
// notaries by surname and initials. Negatives: certificate and register
// numbers, famous writers, a client compared to a tennis player, numbers
// with wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.243 (engine
// 1.238.0, commit 4c87c5a): PERSON 0.905, PASSPORT 0.839 missed their
// targets (Chinese, Korean and Japanese names and identity numbers missed);
// ADDRESS 0.927 and the other types (1.0) met theirs; 7.782% of PII
// characters leaked (730 of 9381: PERSON 196, PASSPORT 76, ADDRESS 458),
// against the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.244
// (engine 1.239.0), with those of the other files from heldout845 to
// heldout852: Chinese, Japanese and Korean addresses and names written in
// their own scripts ("黑龙江省哈尔滨市南岗区学府路52号", "서울특별시 종로구 세종대로 175, 3층", "张伟",
// "김은정"). Left: Chinese, Korean and Taiwanese identity numbers, names in
// transliteration, and an address in Japanese before its prefecture in
// Russian. Tuned: PERSON 0.938 (now met), PASSPORT 0.839, ADDRESS 0.972;
// 5.554% leaked (521 of 9381).

// heldout847Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout847Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.838, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout847MaxLeak: target 0.005, missed untuned (7.782%), missed tuned (5.554%).
const heldout847MaxLeak = 0.056

func TestHeldout847(t *testing.T) {
	corpusCheck{file: "testdata/heldout847.jsonl", name: "eight-hundred-and-forty-seventh held-out corpus", minMessages: 250,
		floors: heldout847Floor, everyType: true, maxLeak: heldout847MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
