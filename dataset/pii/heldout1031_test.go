package pii

import "testing"

// testdata/heldout1031.jsonl is the one-thousand-and-thirty-first held-out
// file: 280 messages (140 Russian, 140 English; 63 without personal data; 566
// gold spans: PERSON 297, ADDRESS 71, PHONE 60, EMAIL 40, PASSPORT 20, IP 20,
// INN 17, BANK_ACCOUNT 14, CARD 12, SNILS 8, OGRN 7), written by hand by
// someone who saw neither the engine nor any other labelled file, while the
// engine was tuned on files up to heldout1028. It is the CRM of a paragliding
// and skydiving club in Krasnodar region and Crimea: tandem jumps, courses,
// instructors, licences, medical certificates, weather cancellations, video
// packages. Its brief asked for chats, lower-case call transcripts with
// numbers said aloud, e-mails, CSV exports and pipe tables, logs with IPs,
// SMS, staff notes, contracts and forms; and for wings and parachutes named
// like people (Ozone Rush, «Мальва», canopy 'Stiletto') as negatives; licence
// and logbook numbers (negatives); instructors' nicknames that are bird words
// (Ястребов known as «Ястреб»); altitudes and coordinates (negatives); foreign
// students' passports.
//
// The engine was judged on it once, untuned, with rules-2025.266 (engine
// 1.261.0, commit 937df6d): every F1 target met (PERSON 0.942, ADDRESS 0.972,
// the other types 1.0); 2.650% of PII characters leaked (274 of 10339: PERSON
// 202, ADDRESS 72), against the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.267
// (engine 1.262.0), with those of the other files from heldout1029 to
// heldout1044: Crimean Tatar and Tatar first names (Эдем, Ләйсән), Ревекка, a
// mountain after its adjective (Клементьева гора). Left: instructors' call
// signs that are words (Ястреб, Сокол, Филин, Орёл, Зима), lower-case
// nicknames. Tuned: PERSON 0.952, ADDRESS 0.972; 2.205% leaked (228 of 10339).

// heldout1031Floor holds the tuned figures: the targets, all met.
var heldout1031Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.97, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout1031MaxLeak: target 0.005, missed untuned (2.650%), missed tuned (2.205%).
const heldout1031MaxLeak = 0.023

func TestHeldout1031(t *testing.T) {
	corpusCheck{file: "testdata/heldout1031.jsonl", name: "one-thousand-and-thirty-first held-out corpus", minMessages: 250,
		floors: heldout1031Floor, everyType: true, maxLeak: heldout1031MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
