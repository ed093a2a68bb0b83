package pii

import "testing"

// testdata/heldout1010.jsonl is the one-thousand-and-tenth held-out file: 280
// messages (140 Russian, 140 English; 65 without personal data; 545 gold
// spans: PERSON 297, ADDRESS 62, PHONE 57, EMAIL 32, PASSPORT 19, IP 19, INN
// 17, BANK_ACCOUNT 15, CARD 12, SNILS 8, OGRN 7), written by hand by someone
// who saw neither the engine nor any other labelled file, while the engine was
// tuned on files up to heldout1004. It is the CRM of a dive centre in Sharm
// el-Sheikh and Hurghada for Russian-speaking tourists with a Moscow office:
// courses, boat trips, equipment, Egyptian staff, insurance claims,
// decompression incidents. Its brief asked for chats, lower-case call
// transcripts with numbers said aloud, e-mails, CSV exports and pipe tables,
// logs with IPs, SMS, staff notes, contracts and forms; and for dive sites and
// wrecks named like people (Thistlegorm, «Рас Мохаммед», Abu Nuhas) as
// negatives; certification numbers (PADI, SSI) as negatives; Egyptian and
// Arabic names in Latin and Cyrillic with al-, el-, Abdel; hotel and room
// addresses in Egypt; Russian passports and visas.
//
// The engine was judged on it once, untuned, with rules-2025.263 (engine
// 1.258.0, commit f823bf6): PERSON 0.875 missed its target; ADDRESS 0.984,
// PHONE 0.991, PASSPORT 0.973 and the other types (1.0) met theirs; 4.239% of
// PII characters leaked (406 of 9577: PERSON 251, ADDRESS 130, PASSPORT 14,
// PHONE 11), against the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.264
// (engine 1.259.0), with those of the other files from heldout1005 to
// heldout1012: dive sites named after a cape or a person ("Рас Мохаммед",
// "Thomas Reef"), Arabic names in both alphabets (Мостафа Эль-Хаггар, Eslam,
// Abdelrahman) and the particle "el-", a wreck (Rosalie Moller), Cousteau.
// Left: wrecks and reefs named like people alone (Gordon, Thomas, Giannis D),
// boats named Nour, lower-case names in radio calls. Tuned: PERSON 0.910,
// ADDRESS 0.984, PHONE 0.991, PASSPORT 0.973; 3.247% leaked (311 of 9577).

// heldout1010Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout1010Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.97, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.909,
}

// heldout1010MaxLeak: target 0.005, missed untuned (4.239%), missed tuned (3.247%).
const heldout1010MaxLeak = 0.033

func TestHeldout1010(t *testing.T) {
	corpusCheck{file: "testdata/heldout1010.jsonl", name: "one-thousand-and-tenth held-out corpus", minMessages: 250,
		floors: heldout1010Floor, everyType: true, maxLeak: heldout1010MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
