package pii

import "testing"

// testdata/heldout599.jsonl is the five-hundred-and-ninety-ninth held-out
// file: 280 messages (140 Russian, 140 English; 62 without personal data;
// 506 gold spans: PERSON 275, ADDRESS 69, PHONE 53, EMAIL 32, IP 16, INN 14,
// BANK_ACCOUNT 12, PASSPORT 12, CARD 11, OGRN 6, SNILS 6), written by hand
// by someone who saw neither the engine nor any other labelled file, while
// the engine was tuned on files up to heldout596. It is the CRM of a
// garden-plot association (СНТ) and its board near Moscow, Tver and Kaluga:
// membership fees, electricity meter readings, plot sales, road repairs,
// guards, disputes between neighbours, general meetings. Board chats,
// neighbours' threads, lower-case call transcripts, e-mails with quotes, CSV
// registers of plots, pipe tables of meter readings, webhooks and logs,
// OCR'd applications and minutes, SMS. Plots with their line or their
// association's name as addresses, owners by surname and initials,
// neighbours by name and patronymic, families in the genitive plural, heirs,
// a maiden name, guards by nickname, foreign passports and ID cards, a sole
// trader, phones and addresses said in words. Negatives: a plot's number
// alone, cadastral and meter numbers, famous people, a cat named like a
// poet, brands, masked cards, codes, numbers with wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.209 (engine
// 1.204.0, commit 64c60b5): BANK_ACCOUNT 0.957, ADDRESS 0.673 missed their
// targets (an account after "р/с" in a notice that the payee was wrong;
// plots named by their number and their line, "уч. 52, 4-я линия", "участок
// 73 по 5-й линии"); PERSON 0.969 and the other types (1.0) met theirs;
// 10.979% of PII characters leaked (907 of 8261: PERSON 74, PASSPORT 6,
// BANK_ACCOUNT 20, ADDRESS 807), against the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.210
// (engine 1.205.0), with those of the other files from heldout597 to
// heldout604: a garden plot by its number and its line, in either order,
// with its association and town after it ("уч. 52, 4-я линия", "участок 73
// по 5-й линии", "plot 27, 2nd line, SNT Rodnik"), and a board and its
// chairman no longer people. Left: a plot and a line said in words, guards'
// nicknames, and an account after "р/с" in a notice that the payee was
// wrong. Tuned: PERSON 0.973, BANK_ACCOUNT 0.957, ADDRESS 0.964 (now met);
// 2.506% leaked (207 of 8261).

// heldout599Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout599Floor = map[string]float64{
	TypeBankAccount: 0.956, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.97, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout599MaxLeak: target 0.005, missed untuned (10.979%), missed tuned (2.506%).
const heldout599MaxLeak = 0.026

func TestHeldout599(t *testing.T) {
	corpusCheck{file: "testdata/heldout599.jsonl", name: "five-hundred-and-ninety-ninth held-out corpus", minMessages: 250,
		floors: heldout599Floor, everyType: true, maxLeak: heldout599MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
