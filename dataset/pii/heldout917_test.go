package pii

import "testing"

// testdata/heldout917.jsonl is the nine-hundred-and-seventeenth held-out
// file: 280 messages (140 Russian, 140 English; 62 without personal data;
// 518 gold spans: PERSON 271, ADDRESS 66, PHONE 52, EMAIL 36, INN 17, IP 17,
// BANK_ACCOUNT 16, PASSPORT 16, CARD 12, OGRN 8, SNILS 7), written by hand
// by someone who saw neither the engine nor any other labelled file, while
// the engine was tuned on files up to heldout916. It is the CRM of an
// architecture and private house design bureau in Irkutsk and Angarsk: house
// projects, land plots, building permits, clients, surveyors, engineers,
// payments in stages. E-mails with clients, chat threads, lower-case call
// transcripts, CSV project registers, pipe tables of payments, contracts,
// logs of the client portal with IPs. Plots in suburban villages and cottage
// settlements and Angarsk's numbered quarters ("107-й кв-л, д. 12"),
// surveyors' initials on drawings, Buryat and Mongolian names in many cases.
// Negatives: cadastral numbers, projects named like people (Проект «Алиса»),
// famous architects, numbers with wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.252 (engine
// 1.247.0, commit 7e61fd3): PASSPORT 0.968, ADDRESS 0.912 missed their
// targets (Angarsk's numbered quarters ("г. Ангарск, 107-й кв-л, д. 12",
// "85th quarter, bldg 6") and villages before a house-first street
// ("Angarsk, Kitoy, 3 Sadovaya St"); a Russian passport as a booking's
// "Travel document:"); PERSON 0.954 and the other types (1.0) met theirs;
// 6.040% of PII characters leaked (584 of 9669: PERSON 146, PASSPORT 29,
// ADDRESS 409), against the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.253
// (engine 1.248.0), with those of the other files from heldout917 to
// heldout924: Angarsk's numbered quarters ("г. Ангарск, 107-й кв-л, д. 12",
// "85th quarter, bldg 6", "angarsk, quarter eighty-five, building six, flat
// twenty") and callers naming themselves by their surnames ("ало, это
// доржиев", "this is kulikova,"). Left: villages before a house-first street
// in English ("Angarsk, Kitoy, 3 Sadovaya St"), Buryat and Mongolian
// surnames in oblique cases, and a Russian passport as a booking's "Travel
// document:". Tuned: PERSON 0.958, PASSPORT 0.968, ADDRESS 0.946 (now met);
// 4.323% leaked (418 of 9669).

// heldout917Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout917Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.967, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout917MaxLeak: target 0.005, missed untuned (6.040%), missed tuned (4.323%).
const heldout917MaxLeak = 0.044

func TestHeldout917(t *testing.T) {
	corpusCheck{file: "testdata/heldout917.jsonl", name: "nine-hundred-and-seventeenth held-out corpus", minMessages: 250,
		floors: heldout917Floor, everyType: true, maxLeak: heldout917MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
