package pii

import "testing"

// testdata/heldout1267.jsonl is the one-thousand-two-hundred-and-sixty-seventh
// held-out file: 280 messages (140 Russian, 140 English; 65 without personal
// data; 562 gold spans: PERSON 299, ADDRESS 70, PHONE 59, EMAIL 39, IP 19,
// PASSPORT 18, INN 17, BANK_ACCOUNT 13, CARD 12, SNILS 8, OGRN 8), written by
// hand by someone who saw neither the engine nor any other labelled file,
// while the engine was tuned on files up to heldout1260. It is a kitchen
// furniture maker and showroom in Kursk and Belgorod: measurements, orders,
// installers, designers, complaints, suppliers. Its brief asked for chats,
// lower-case call transcripts with numbers said aloud, e-mails, CSV exports
// and pipe tables, logs with IPs, SMS, staff notes, contracts and forms; and
// for furniture collection names that look like names (кухня «Виктория»,
// «Марта», 'Olivia'); installers by surname only in lower case; measurement
// numbers as negatives; addresses of new buildings (ЖК) with sections.
//
// The engine was judged on it once, untuned, with rules-2025.294 (engine
// 1.289.0, commit 5cbf43e): ADDRESS 0.914 missed its target; PERSON 0.935 and
// the other types (1.0) met theirs; 4.251% of PII characters leaked (426 of
// 10021: ADDRESS 317, PERSON 109), against the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.295
// (engine 1.290.0), with those of the other files from heldout1261 to
// heldout1276: lower-case Russian surnames in Latin letters in a note
// (kovalev, galiev, shurupov), a client's surname before her address ("Client
// Frost, Prospekt Pobedy 12"), a chat's speaker and her town ("Ксюша
// Белгород:"), a region in a signature (Eastern Europe). Left: kitchen models
// named like women (Виктория, Марта, Olivia), residential complexes in English
// addresses (LCD 'Park Pobedy', …, section 4, apt. 159), surnames in lower
// case in a Russian list (ставим ковалёва и бойко). Tuned: PERSON 0.950,
// ADDRESS 0.914; 4.042% leaked (405 of 10021).

// heldout1267Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout1267Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.97, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.913, TypePerson: 0.92,
}

// heldout1267MaxLeak: target 0.005, missed untuned (4.251%), missed tuned (4.042%).
const heldout1267MaxLeak = 0.041

func TestHeldout1267(t *testing.T) {
	corpusCheck{file: "testdata/heldout1267.jsonl", name: "one-thousand-two-hundred-and-sixty-seventh held-out corpus", minMessages: 250,
		floors: heldout1267Floor, everyType: true, maxLeak: heldout1267MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
