package pii

import "testing"

// testdata/heldout916.jsonl is the nine-hundred-and-sixteenth held-out file:
// 280 messages (140 Russian, 140 English; 62 without personal data; 524 gold
// spans: PERSON 274, ADDRESS 67, PHONE 55, EMAIL 38, INN 17, IP 17, PASSPORT
// 17, BANK_ACCOUNT 13, CARD 12, OGRN 7, SNILS 7), written by hand by someone
// who saw neither the engine nor any other labelled file, while the engine
// was tuned on files up to heldout908. It is the CRM of a reindeer herding
// cooperative and ethnographic tour operator on the Yamal peninsula: tours
// to camps, herders, meat and antler sales, helicopter transfers, supplies.
// Lower-case call transcripts with herders, e-mails in English with foreign
// tourists, chats, CSV supply lists, pipe tables of payments, contracts,
// logs with IPs, satellite phones, SMS. Nenets and Khanty names in many
// cases (Вануйто, Окотэтто, Хороля), people named Ямал and Яр, herders by
// nickname (Борода, Кочегар, Tiny). Negatives: reindeer names (Хоркей,
// Пыжик), camps and trading posts without a house, famous photographers and
// explorers, numbers with wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.251 (engine
// 1.246.0, commit 5764c54): PERSON 0.892 missed its target (Nenets surnames
// and names (Окотэтто, Ненянг, Хороля, Тэсида) and herders by nicknames
// (Борода, Кочегар, Малой)); ADDRESS 0.954 and the other types (1.0) met
// theirs; 6.207% of PII characters leaked (560 of 9022: PERSON 340, ADDRESS
// 220), against the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.252
// (engine 1.247.0), with those of the other files from heldout909 to
// heldout916: none of its own misses; the rules from the other files changed
// none of its figures. Left: Nenets surnames and names (Окотэтто, Ненянг,
// Хороля, Тэсида), herders by nicknames (Борода, Кочегар, Малой), and
// addresses read out in lower case after a town ("салехард на мира, дом
// двенадцать"). Tuned: PERSON 0.892, ADDRESS 0.954; 6.207% leaked (560 of
// 9022).

// heldout916Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout916Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.97, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.891,
}

// heldout916MaxLeak: target 0.005, missed untuned (6.207%), missed tuned (6.207%).
const heldout916MaxLeak = 0.063

func TestHeldout916(t *testing.T) {
	corpusCheck{file: "testdata/heldout916.jsonl", name: "nine-hundred-and-sixteenth held-out corpus", minMessages: 250,
		floors: heldout916Floor, everyType: true, maxLeak: heldout916MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
