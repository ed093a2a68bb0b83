package pii

import "testing"

// testdata/heldout936.jsonl is the nine-hundred-and-thirty-sixth held-out
// file: 280 messages (140 Russian, 140 English; 62 without personal data;
// 537 gold spans: PERSON 275, ADDRESS 73, PHONE 58, EMAIL 38, INN 17, IP 17,
// BANK_ACCOUNT 16, PASSPORT 16, CARD 13, OGRN 7, SNILS 7), written by hand
// by someone who saw neither the engine nor any other labelled file, while
// the engine was tuned on files up to heldout932. It is the CRM of an online
// astrology and tarot consultation service in Yekaterinburg: consultations,
// natal charts with clients' dates and places of birth, subscriptions,
// payments, refunds, complaints. Chats, e-mails in English and Russian,
// lower-case voice message transcripts, CSV order lists, pipe tables of
// payments, logs of the payment site with IPs, SMS. Astrologers by
// pseudonyms (Мадам Вега, Орион, Luna Star), clients and their partners in
// many cases, a client named Венера. Negatives: cities and dates of birth,
// tarot cards, planets and deities (Императрица, Сатурн, Hermit), famous
// astrologers, numbers with wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.254 (engine
// 1.249.0, commit f3e18fd): PERSON 0.919 missed its target (astrologers'
// pseudonyms that are stars' and myths' names (Вега, Орион, Селена), and
// planets and signs taken for people (Венере, Марс, Рак)); ADDRESS 0.979, IP
// 0.971 and the other types (1.0) met theirs; 3.458% of PII characters
// leaked (350 of 10121: PERSON 202, ADDRESS 148), against the target of
// 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.255
// (engine 1.250.0), with those of the other files from heldout933 to
// heldout940: none of its own misses; the rules from the other files changed
// none of its figures. Left: astrologers' pseudonyms that are stars' and
// myths' names (Вега, Орион, Селена), planets and signs taken for people
// (Венере, Марс, Рак), and a version read as an IP. Tuned: PERSON 0.919,
// ADDRESS 0.979, IP 0.971; 3.458% leaked (350 of 10121).

// heldout936Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout936Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.97, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.918,
}

// heldout936MaxLeak: target 0.005, missed untuned (3.458%), missed tuned (3.458%).
const heldout936MaxLeak = 0.035

func TestHeldout936(t *testing.T) {
	corpusCheck{file: "testdata/heldout936.jsonl", name: "nine-hundred-and-thirty-sixth held-out corpus", minMessages: 250,
		floors: heldout936Floor, everyType: true, maxLeak: heldout936MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
