package pii

import "testing"

// testdata/heldout1032.jsonl is the one-thousand-and-thirty-second held-out
// file: 280 messages (140 Russian, 140 English; 63 without personal data; 563
// gold spans: PERSON 297, ADDRESS 70, PHONE 59, EMAIL 39, IP 20, PASSPORT 19,
// INN 18, BANK_ACCOUNT 13, CARD 12, SNILS 8, OGRN 8), written by hand by
// someone who saw neither the engine nor any other labelled file, while the
// engine was tuned on files up to heldout1028. It is the CRM of a recording
// studio and dubbing company in Moscow: voice actors, dubbing projects for
// films and games, sessions booking, royalties, contracts with streaming
// platforms, NDA. Its brief asked for chats, lower-case call transcripts with
// numbers said aloud, e-mails, CSV exports and pipe tables, logs with IPs,
// SMS, staff notes, contracts and forms; and for characters and roles named
// like people (озвучивает Гарри, the role of Geralt, «голос Алисы») as
// negatives; voice actors with stage names and real names; project codenames
// (negatives); studio rooms named after people (Студия «Шаляпин») as
// negatives; foreign clients' names.
//
// The engine was judged on it once, untuned, with rules-2025.266 (engine
// 1.261.0, commit 937df6d): PASSPORT 0.882 missed its target; CARD 0.957
// missed its target; PERSON 0.963, ADDRESS 0.986, PHONE 0.992 and the other
// types (1.0) met theirs; 3.252% of PII characters leaked (348 of 10701:
// PASSPORT 180, ADDRESS 88, PERSON 50, CARD 30), against the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.267
// (engine 1.262.0), with those of the other files from heldout1029 to
// heldout1044: passports read out with "номер" or "number" between series and
// number, a firm ending in Pictures, a studio answering the phone. Left:
// characters a dubbing studio voices (Гарри, Рон, Элли, Лара Крофт), a card
// read out, Korean names in capitals. Tuned: PERSON 0.967, ADDRESS 0.986,
// PHONE 0.992, PASSPORT 0.973, CARD 0.957; 1.654% leaked (177 of 10701).

// heldout1032Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout1032Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.955, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.97, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout1032MaxLeak: target 0.005, missed untuned (3.252%), missed tuned (1.654%).
const heldout1032MaxLeak = 0.017

func TestHeldout1032(t *testing.T) {
	corpusCheck{file: "testdata/heldout1032.jsonl", name: "one-thousand-and-thirty-second held-out corpus", minMessages: 250,
		floors: heldout1032Floor, everyType: true, maxLeak: heldout1032MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
