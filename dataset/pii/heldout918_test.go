package pii

import "testing"

// testdata/heldout918.jsonl is the nine-hundred-and-eighteenth held-out
// file: 280 messages (140 Russian, 140 English; 64 without personal data;
// 515 gold spans: PERSON 270, ADDRESS 67, PHONE 55, EMAIL 38, IP 17, INN 15,
// PASSPORT 14, CARD 13, BANK_ACCOUNT 12, OGRN 8, SNILS 6), written by hand
// by someone who saw neither the engine nor any other labelled file, while
// the engine was tuned on files up to heldout916. It is the CRM of the
// boards of garden non-profit partnerships (СНТ) near Chelyabinsk and
// Kopeysk: members' dues, electricity meter readings, debts, general
// meetings, elections, guards, road repairs. Board chats, lower-case call
// transcripts, minutes of general meetings, CSV member lists, pipe tables of
// payments, e-mails in English from members abroad, SMS. Plots as addresses
// ("СНТ «Рассвет», участок 45", "улица 7, уч. 12") and plot numbers alone in
// tables (negative), owners in the genitive and dative, widows and heirs,
// guards by nickname. Negatives: meter serial numbers, dogs' names, famous
// people, numbers with wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.252 (engine
// 1.247.0, commit 7e61fd3): every F1 target met (PERSON 0.978, ADDRESS
// 0.936, the other types 1.0); 2.992% of PII characters leaked (271 of 9058:
// PERSON 71, ADDRESS 200), against the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.253
// (engine 1.248.0), with those of the other files from heldout917 to
// heldout924: partnerships' numbered streets and alleys with their plots in
// English ("Street 4, plot 29", "plot 12, Alley 7", "fifth street plot
// seventeen"), a caller's surname in Latin letters ("my name is valiev,"),
// and a hockey player's full name. Left: a street and a plot said in Russian
// with a preposition between ("на четвертой улице у участка двадцать
// девять"), surnames alone after "у", and a grandson nicknamed Рекс. Tuned:
// PERSON 0.981, ADDRESS 0.993; 1.524% leaked (138 of 9058).

// heldout918Floor holds the tuned figures: the targets, all met.
var heldout918Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.97, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout918MaxLeak: target 0.005, missed untuned (2.992%), missed tuned (1.524%).
const heldout918MaxLeak = 0.016

func TestHeldout918(t *testing.T) {
	corpusCheck{file: "testdata/heldout918.jsonl", name: "nine-hundred-and-eighteenth held-out corpus", minMessages: 250,
		floors: heldout918Floor, everyType: true, maxLeak: heldout918MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
