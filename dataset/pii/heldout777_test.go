package pii

import "testing"

// testdata/heldout777.jsonl is the seven-hundred-and-seventy-seventh
// held-out file: 280 messages (140 Russian, 140 English; 62 without personal
// data; 524 gold spans: PERSON 274, ADDRESS 72, PHONE 57, EMAIL 38, INN 17,
// PASSPORT 17, IP 16, BANK_ACCOUNT 11, CARD 9, OGRN 7, SNILS 6), written by
// hand by someone who saw neither the engine nor any other labelled file,
// while the engine was tuned on files up to heldout772. It is the CRM of a
// snow removal and landscaping service for cottage villages near Moscow
// (Odintsovo, Krasnogorsk, Istra): seasonal contracts, plots, crews,
// equipment, residents. Chats with residents, lower-case call transcripts,
// e-mails with quotes, work orders, CSV of plots, pipe tables, webhooks and
// logs with IPs, OCR'd contracts, SMS. Cottage villages and their plots ("КП
// Липки Парк, уч. 12", "Riverside, plot 9"), foremen by nickname
// ("Бульдозер", "Фара", Big Mike), owners in the genitive and plural, Tajik
// and Uzbek workers' passports and ID cards, phones and addresses said in
// words. Negatives: equipment named like people (Ставр, Ермак, Patriot),
// gate codes, a fiscal receipt, famous people, pets, numbers with wrong
// check digits.
//
// The engine was judged on it once, untuned, with rules-2025.233 (engine
// 1.228.0, commit f682522): ADDRESS 0.859 missed its target (cottage
// villages with their plots, "КП Сосновый бор, участок 47", "Riverside, plot
// 9"); PERSON 0.953 and the other types (1.0) met theirs; 7.136% of PII
// characters leaked (655 of 9179: PERSON 138, PHONE 2, ADDRESS 515), against
// the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.234
// (engine 1.229.0), with those of the other files from heldout773 to
// heldout780: cottage villages with their plots ("КП Сосновый бор, участок
// 47", "КП Павлово-2, уч. 128", "plot 58, Sosnovy Bor village", "plot 112 in
// Nikolskaya Sloboda") and nicknames in their column. Left: a village before
// its plot in lower case and in English, foremen's nicknames in chat,
// families in the plural, and villages after a street in words. Tuned:
// PERSON 0.959, ADDRESS 0.902; 5.763% leaked (529 of 9179).

// heldout777Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout777Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.97, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.902, TypePerson: 0.92,
}

// heldout777MaxLeak: target 0.005, missed untuned (7.136%), missed tuned (5.763%).
const heldout777MaxLeak = 0.058

func TestHeldout777(t *testing.T) {
	corpusCheck{file: "testdata/heldout777.jsonl", name: "seven-hundred-and-seventy-seventh held-out corpus", minMessages: 250,
		floors: heldout777Floor, everyType: true, maxLeak: heldout777MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
