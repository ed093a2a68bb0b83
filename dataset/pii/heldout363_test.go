package pii

import "testing"

// testdata/heldout363.jsonl is the three-hundred-and-sixty-third held-out
// file: 280 messages (140 Russian, 140 English; 56 without personal data;
// 524 gold spans: PERSON 246, ADDRESS 84, PHONE 59, IP 50, EMAIL 25,
// PASSPORT 16, INN 12, BANK_ACCOUNT 12, CARD 9, OGRN 6, SNILS 5), written
// by hand by someone who saw neither the engine nor any other labelled
// file, while the engine was tuned on files up to heldout359. It is the
// CRM of a home internet and cable TV provider in Tula, Kazan, Omsk and
// Bishkek: connection requests, outages, ONT and router faults,
// installers' visits, contracts, moves, refunds, card, bank and SBP
// payments, business customers with requisites, foreign tenants. Chats,
// SMS, lower-case call transcripts, e-mails with headers, quotes, forwards
// and signatures, web forms, CSV and pipe installer schedules, RADIUS,
// DHCP, PPPoE and CRM logs with public, private, CGNAT and IPv6 addresses,
// OCR'd passports with letters for digits. Installers by first name,
// Tatar, Kyrgyz and Uzbek names, every case form. Negatives: TV channels
// and shows named like people (Шерлок, Доктор Хаус, Маша и Медведь, Ted
// Lasso), Alice the voice assistant, Victoria BC, versions shaped like
// IPs, MACs, ONT serials, personal-account, contract and ticket numbers,
// masked cards, КПП, БИК, wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.167 (engine
// 1.162.0, commit 1f24cb9): PASSPORT 0.897 missed its target (OCR'd series
// and numbers with a letter for a digit, "52 18 0О4127", and "45 20 номер
// 198377"); ADDRESS 0.976, PERSON 0.972, PHONE 0.992 and the other types
// (1.0) met theirs; 2.219% of PII characters leaked (181 of 8158: ADDRESS
// 95, PASSPORT 41, PERSON 37, PHONE 8).
//
// It is no longer held out: after that run its misses drove rules-2025.168
// (engine 1.163.0), with those of the other files from heldout360 to
// heldout367: a passport's series inside guillemets, a town's six-digit
// landline after its word, a spoken street after "с первомайской". Tuned:
// PASSPORT 0.933, ADDRESS 0.982, PERSON 0.972; 1.422% leaked (116 of 8158).

// heldout363Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout363Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.93, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout363MaxLeak: target 0.005, missed untuned (2.219%), missed tuned (1.422%).
const heldout363MaxLeak = 0.015

func TestHeldout363(t *testing.T) {
	corpusCheck{file: "testdata/heldout363.jsonl", name: "three-hundred-and-sixty-third held-out corpus", minMessages: 250,
		floors: heldout363Floor, everyType: true, maxLeak: heldout363MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
