package pii

import "testing"

// testdata/heldout1148.jsonl is the one-thousand-one-hundred-and-forty-eighth
// held-out file: 280 messages (140 Russian, 140 English; 64 without personal
// data; 564 gold spans: PERSON 297, ADDRESS 74, PHONE 59, EMAIL 37, IP 20, INN
// 18, PASSPORT 17, BANK_ACCOUNT 15, CARD 11, SNILS 8, OGRN 8), written by hand
// by someone who saw neither the engine nor any other labelled file, while the
// engine was tuned on files up to heldout1140. It is the CRM of a wedding
// dress salon and atelier in Samara and Saratov: fittings, alterations,
// rentals, brides and their mothers, bridesmaids, deliveries, deposits,
// disputes. Its brief asked for chats, lower-case call transcripts with
// numbers said aloud, e-mails, CSV exports and pipe tables, logs with IPs,
// SMS, staff notes, contracts and forms; and for dress models named like
// people ('Isabella', «Виктория», 'Grace', «Мэри») as negatives; order and
// size codes as negatives; brides in every case and diminutive; grooms' names
// engraved or embroidered.
//
// The engine was judged on it once, untuned, with rules-2025.280 (engine
// 1.275.0, commit c936ad9): PASSPORT 0.970 missed its target; PERSON 0.920,
// ADDRESS 0.979 and the other types (1.0) met theirs; 2.659% of PII characters
// leaked (261 of 9817: ADDRESS 180, PERSON 67, PASSPORT 12, PHONE 2), against
// the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.281
// (engine 1.276.0), with those of the other files from heldout1141 to
// heldout1148: dress models listed in quotes («Беатрис», «Мэри», «Isabella»,
// «Виктория», «Стелла», «Жасмин»). Left: models outside quotes or alone
// (Isabella, Grace, Victoria as gowns), names embroidered in quotes ("Ruslan ♡
// Elvira"), a spoken address that follows a patronymic on its line. Tuned:
// PERSON 0.942, ADDRESS 0.986, PASSPORT 0.970; 1.976% leaked (194 of 9817).

// heldout1148Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout1148Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.968, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout1148MaxLeak: target 0.005, missed untuned (2.659%), missed tuned (1.976%).
const heldout1148MaxLeak = 0.02

func TestHeldout1148(t *testing.T) {
	corpusCheck{file: "testdata/heldout1148.jsonl", name: "one-thousand-one-hundred-and-forty-eighth held-out corpus", minMessages: 250,
		floors: heldout1148Floor, everyType: true, maxLeak: heldout1148MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
