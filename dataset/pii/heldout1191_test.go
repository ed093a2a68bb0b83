package pii

import "testing"

// testdata/heldout1191.jsonl is the one-thousand-one-hundred-and-ninety-first
// held-out file: 280 messages (140 Russian, 140 English; 64 without personal
// data; 573 gold spans: PERSON 299, ADDRESS 75, PHONE 59, EMAIL 40, PASSPORT
// 20, IP 20, INN 18, BANK_ACCOUNT 14, CARD 12, SNILS 8, OGRN 8), written by
// hand by someone who saw neither the engine nor any other labelled file,
// while the engine was tuned on files up to heldout1188. It is the CRM of a
// translation and notarial certification bureau in Yekaterinburg: document
// translations (passports, diplomas, birth certificates), apostilles,
// notaries, couriers, urgent orders, foreign clients. Its brief asked for
// chats, lower-case call transcripts with numbers said aloud, e-mails, CSV
// exports and pipe tables, logs with IPs, SMS, staff notes, contracts and
// forms; and for passport numbers of many countries written inside translated
// documents; names written in two alphabets side by side (Иванов / Ivanov);
// apostille and registry numbers as negatives; diploma series as negatives;
// German, Chinese and Arabic names.
//
// The engine was judged on it once, untuned, with rules-2025.287 (engine
// 1.282.0, commit 0ab0554): PASSPORT 0.947 missed its target; PERSON 0.957,
// ADDRESS 0.987 and the other types (1.0) met theirs; 1.966% of PII characters
// leaked (207 of 10531: PERSON 162, ADDRESS 26, PASSPORT 19), against the
// target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.288
// (engine 1.283.0), with those of the other files from heldout1189 to
// heldout1196: names repeated in a second script after a slash ("MÜLLER /
// МЮЛЛЕР", "RAXIMOVA / РАХИМОВА", an Arabic name) and a street after "on".
// Left: passports of foreign documents after their labels ("Номер документа:
// AD 1173948", "Pass-Nr."), spellings of one surname compared (Baybekov,
// Baibekov), a surname in the genitive after "у" (Орла). Tuned: PERSON 0.964,
// ADDRESS 0.987, PASSPORT 0.947; 1.671% leaked (176 of 10531).

// heldout1191Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout1191Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.946, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout1191MaxLeak: target 0.005, missed untuned (1.966%), missed tuned (1.671%).
const heldout1191MaxLeak = 0.017

func TestHeldout1191(t *testing.T) {
	corpusCheck{file: "testdata/heldout1191.jsonl", name: "one-thousand-one-hundred-and-ninety-first held-out corpus", minMessages: 250,
		floors: heldout1191Floor, everyType: true, maxLeak: heldout1191MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
