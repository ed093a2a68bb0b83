package pii

import "testing"

// testdata/heldout513.jsonl is the five-hundred-and-thirteenth held-out
// file: 280 messages (140 Russian, 140 English; 63 without personal data;
// 530 gold spans: PERSON 277, ADDRESS 70, PHONE 58, EMAIL 38, IP 17,
// PASSPORT 16, INN 14, BANK_ACCOUNT 13, CARD 13, OGRN 7, SNILS 7), written
// by hand by someone who saw neither the engine nor any other labelled file,
// while the engine was tuned on files up to heldout508. It is the CRM of a
// trade union and employees' benefits office of a large factory in
// Magnitogorsk, Nizhny Tagil and Kamensk-Uralsky: members' applications,
// material aid, vouchers for children's camps, disputes with management,
// dues, sports events. Letters from members with quotes, e-mails with HR
// with quotes, lower-case call transcripts, web forms, CSV member lists,
// pipe tables of material aid payments, webhooks and logs, OCR'd
// applications, SMS. Members by surname and initials, chairmen and foremen
// with titles, children for camps, names in the genitive after "заявление
// от", retired members, company-town addresses in three spellings,
// diminutives and nicknames, addresses and phones dictated in words.
// Negatives: personnel and workshop numbers, famous people on memorial
// plaques, masked cards, version numbers, numbers with wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.196 (engine
// 1.191.0, commit 7b55fe1): PASSPORT 0.933 missed its target (a German ID
// card of letters and digits; a passport's series and number split by a
// bilingual label); PERSON 0.962, ADDRESS 0.986 and the other types (1.0)
// met theirs; 2.581% of PII characters leaked (250 of 9686: PERSON 81,
// PASSPORT 31, ADDRESS 138), against the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.197
// (engine 1.192.0), with those of the other files from heldout509 to
// heldout516: a surname in lower case as the answer to "фамилия" ("абонент:
// лыкова" after "оператор: фамилия") and a hyphenated town in brackets
// ("Kamensk-Uralsky"). Left: a German ID card, a passport split by a
// bilingual label, nicknames, and famous people on memorial plaques. Tuned:
// PERSON 0.969, PASSPORT 0.933, ADDRESS 0.986; 2.447% leaked (237 of 9686).

// heldout513Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout513Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.933, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout513MaxLeak: target 0.005, missed untuned (2.581%), missed tuned (2.447%).
const heldout513MaxLeak = 0.025

func TestHeldout513(t *testing.T) {
	corpusCheck{file: "testdata/heldout513.jsonl", name: "five-hundred-and-thirteenth held-out corpus", minMessages: 250,
		floors: heldout513Floor, everyType: true, maxLeak: heldout513MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
