package pii

import "testing"

// testdata/heldout960.jsonl is the nine-hundred-and-sixtieth held-out file:
// 280 messages (140 Russian, 140 English; 63 without personal data; 511 gold
// spans: PERSON 272, ADDRESS 66, PHONE 53, EMAIL 36, PASSPORT 17, IP 16, INN
// 15, BANK_ACCOUNT 11, CARD 11, OGRN 7, SNILS 7), written by hand by someone
// who saw neither the engine nor any other labelled file, while the engine
// was tuned on files up to heldout956. It is the CRM of a Cossack society
// and its horse-riding and folk ensemble centre in Krasnodar krai: members,
// ataman's orders, children's classes, performances, donations, horse
// rentals. Chats, lower-case call transcripts, e-mails in English with
// foreign folklore festivals, CSV member lists, pipe tables of fees,
// applications with passport data, logs with IPs, SMS. Stanitsas and khutors
// with streets and houses, ranks before names (есаул, хорунжий, атаман),
// names in many cases. Negatives: horses named like people (Борька, Машка),
// songs named after people («Ой, Галя», «Катюша»), famous and fictional
// Cossacks, numbers with wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.257 (engine
// 1.252.0, commit 846e355): INN 0.968 missed its target (a mobile read out
// in words taken for an INN); PERSON 0.928, PHONE 0.991 and the other types
// (1.0) met theirs; 1.458% of PII characters leaked (132 of 9052: PERSON 71,
// PHONE 7, PASSPORT 6, ADDRESS 48), against the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.258
// (engine 1.253.0), with those of the other files from heldout957 to
// heldout964: horses named like people after their kind ("мерин Гришка",
// "жеребец Тимоха", "Boris (gelding, calm)"). Left: a stanitsa taken for a
// woman (Каневская, Kanevskaya), songs' and novels' characters (Галя, Катюша,
// Taras Bulba, Grigory Melekhov), horses named without their kind, Ukrainian
// names (Рябоконь, Мыкола) and lower-case names in chats. Tuned: PERSON 0.931,
// PHONE 0.990, INN 0.968; 1.458% leaked (132 of 9052).

// heldout960Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout960Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.966, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.97, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout960MaxLeak: target 0.005, missed untuned (1.458%), missed tuned (1.458%).
const heldout960MaxLeak = 0.015

func TestHeldout960(t *testing.T) {
	corpusCheck{file: "testdata/heldout960.jsonl", name: "nine-hundred-and-sixtieth held-out corpus", minMessages: 250,
		floors: heldout960Floor, everyType: true, maxLeak: heldout960MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
