package pii

import "testing"

// testdata/heldout1058.jsonl is the one-thousand-and-fifty-eighth held-out
// file: 280 messages (140 Russian, 140 English; 62 without personal data; 556
// gold spans: PERSON 293, ADDRESS 72, PHONE 58, EMAIL 38, PASSPORT 19, IP 19,
// INN 16, BANK_ACCOUNT 13, CARD 12, SNILS 8, OGRN 8), written by hand by
// someone who saw neither the engine nor any other labelled file, while the
// engine was tuned on files up to heldout1052. It is the CRM of a Buddhist
// datsan's guest house and pilgrimage tours in Buryatia: pilgrims, lamas,
// donations, prayer requests with names of relatives, tours to Lake Baikal,
// transfers. Its brief asked for chats, lower-case call transcripts with
// numbers said aloud, e-mails, CSV exports and pipe tables, logs with IPs,
// SMS, staff notes, contracts and forms; and for Buryat and Mongolian names in
// every case (Баир, Сэсэг, Дашинима, Bair); lamas with titles (лама Дамба,
// Khambo Lama) and famous lamas (Итигэлов, the Dalai Lama) as negatives;
// deities and texts named like people (Зелёная Тара, Будда Шакьямуни) as
// negatives; ulus and village addresses.
//
// The engine was judged on it once, untuned, with rules-2025.268 (engine
// 1.263.0, commit ed860ed): PERSON 0.900 missed its target; PASSPORT 0.944
// missed its target; ADDRESS 0.979, IP 0.973 and the other types (1.0) met
// theirs; 4.952% of PII characters leaked (490 of 9895: PERSON 279, ADDRESS
// 180, PASSPORT 18, IP 13), against the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.269
// (engine 1.264.0), with those of the other files from heldout1053 to
// heldout1060: none of its own misses; the rules from the other files changed
// none of its figures. Left: lamas by title (лама Дамба, Lama Tenzin), deities
// and famous lamas named like people (Green Tara, Итигэлов), Buryat and
// Mongolian names. Tuned: PERSON 0.900, ADDRESS 0.979, PASSPORT 0.944, IP
// 0.973; 4.952% leaked (490 of 9895).

// heldout1058Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout1058Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.943, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.898,
}

// heldout1058MaxLeak: target 0.005, missed untuned (4.952%), missed tuned (4.952%).
const heldout1058MaxLeak = 0.05

func TestHeldout1058(t *testing.T) {
	corpusCheck{file: "testdata/heldout1058.jsonl", name: "one-thousand-and-fifty-eighth held-out corpus", minMessages: 250,
		floors: heldout1058Floor, everyType: true, maxLeak: heldout1058MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
