package pii

import "testing"

// testdata/heldout1164.jsonl is the one-thousand-one-hundred-and-sixty-fourth
// held-out file: 280 messages (140 Russian, 140 English; 62 without personal
// data; 546 gold spans: PERSON 297, ADDRESS 66, PHONE 52, EMAIL 37, PASSPORT
// 20, INN 17, IP 17, BANK_ACCOUNT 13, CARD 11, SNILS 8, OGRN 8), written by
// hand by someone who saw neither the engine nor any other labelled file,
// while the engine was tuned on files up to heldout1148. It is the CRM of a
// printing house and souvenir workshop in Tver and Vologda: business cards,
// banners, mugs and T-shirts with photos and names, corporate orders, layouts,
// proofs, delivery, disputes over misprints. Its brief asked for chats,
// lower-case call transcripts with numbers said aloud, e-mails, CSV exports
// and pipe tables, logs with IPs, SMS, staff notes, contracts and forms; and
// for names printed on products (mugs, T-shirts, business cards) that are real
// people; font and paper names as negatives (Times New Roman, Garamond,
// «Снегурочка» paper); order and layout numbers as negatives; designers by
// nickname; company requisites with INN, OGRN and accounts.
//
// The engine was judged on it once, untuned, with rules-2025.281 (engine
// 1.276.0, commit 19ea119): PERSON 0.917 missed its target; IP 0.970 missed
// its target; the other types (1.0) met theirs; 2.653% of PII characters
// leaked (249 of 9385: PERSON 240, IP 9), against the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.283
// (engine 1.278.0), with those of the other files from heldout1157 to
// heldout1164: none of its own misses; the rules from the other files changed
// none of its figures. Left: surnames printed on shirts in capitals
// (ХАБИБУЛЛИН, JOHNSON, O'REILLY), designers by nickname (Gremlin, Fox, Pixel,
// Кот, Лиса, Док), lower-case names in chats (розе, вере, лев), fonts read as
// names (Montserrat). Tuned: PERSON 0.917, IP 0.970; 2.653% leaked (249 of
// 9385).

// heldout1164Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout1164Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.968, TypeOGRN: 0.97,
	TypePassport: 0.97, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.915,
}

// heldout1164MaxLeak: target 0.005, missed untuned (2.653%), missed tuned (2.653%).
const heldout1164MaxLeak = 0.027

func TestHeldout1164(t *testing.T) {
	corpusCheck{file: "testdata/heldout1164.jsonl", name: "one-thousand-one-hundred-and-sixty-fourth held-out corpus", minMessages: 250,
		floors: heldout1164Floor, everyType: true, maxLeak: heldout1164MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
