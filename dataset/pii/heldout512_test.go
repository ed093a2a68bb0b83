package pii

import "testing"

// testdata/heldout512.jsonl is the five-hundred-and-twelfth held-out file:
// 280 messages (140 Russian, 140 English; 64 without personal data; 543 gold
// spans: PERSON 278, ADDRESS 70, PHONE 58, EMAIL 39, IP 18, PASSPORT 18, INN
// 17, CARD 16, BANK_ACCOUNT 14, OGRN 8, SNILS 7), written by hand by someone
// who saw neither the engine nor any other labelled file, while the engine
// was tuned on files up to heldout508. It is the CRM of a veterinary
// pharmacy and pet food subscription service in Moscow, Voronezh and Minsk:
// orders of medicines and food, prescriptions from vets, subscriptions,
// couriers, returns, loyalty cards. Chats with pet owners, e-mails with vets
// with quotes, lower-case call transcripts, web order forms, CSV
// subscription lists, pipe tables of deliveries, payment webhooks and logs,
// OCR'd contracts with couriers, SMS. Owners and vets in one message, owners
// by surname only in several cases, names in the dative and the
// instrumental, Belarusian names and Minsk addresses in three spellings,
// Belarusian, Kyrgyz, Kazakh and Chinese documents, names, phones and
// addresses dictated in words. Negatives: pets with people's names,
// medicines and brands named like people, famous people and characters,
// loyalty card numbers, masked cards, numbers with wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.196 (engine
// 1.191.0, commit 7b55fe1): PASSPORT 0.909, BANK_ACCOUNT 0.963 missed their
// targets (Belarusian personal numbers of fourteen letters and digits,
// labelled here as passports; a bank account after "лицевой счёт"); PERSON
// 0.936, INN 0.971, ADDRESS 0.971 and the other types (1.0) met theirs;
// 2.593% of PII characters leaked (251 of 9679: PERSON 47, PASSPORT 61,
// BANK_ACCOUNT 20, ADDRESS 123), against the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.197
// (engine 1.192.0), with those of the other files from heldout509 to
// heldout516: none of its own misses; the rules from the other files changed
// none of its figures. Left: Belarusian personal numbers, a bank account
// after "лицевой счёт", pets, medicines and brands named like people, and
// famous people. Tuned: PERSON 0.936, INN 0.971, PASSPORT 0.909,
// BANK_ACCOUNT 0.963, ADDRESS 0.971; 2.593% leaked (251 of 9679).

// heldout512Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout512Floor = map[string]float64{
	TypeBankAccount: 0.962, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.909, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout512MaxLeak: target 0.005, missed untuned (2.593%), missed tuned (2.593%).
const heldout512MaxLeak = 0.026

func TestHeldout512(t *testing.T) {
	corpusCheck{file: "testdata/heldout512.jsonl", name: "five-hundred-and-twelfth held-out corpus", minMessages: 250,
		floors: heldout512Floor, everyType: true, maxLeak: heldout512MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
