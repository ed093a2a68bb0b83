package pii

import "testing"

// testdata/heldout14.jsonl is the fourteenth held-out file: 262 messages (132
// Russian, 130 English; 54 without personal data; 576 gold spans: PERSON
// 305, ADDRESS 62, PHONE 52, EMAIL 35, INN 25, IP 21, BANK_ACCOUNT 20,
// PASSPORT 17, CARD 15, OGRN 12, SNILS 12), written by hand by someone who
// saw neither the engine nor any other labelled file, while the engine was
// tuned on heldout12 and heldout13. It is the CRM of a furniture maker and a
// renovation and interior-design firm: kitchen and wardrobe orders, home
// measurements, delivery and assembly slots, instalment plans, complaints
// and warranty claims; staff chats, client e-mails with signatures and
// quoted history, formal letters, system and security notices, web and
// access logs, subcontractors' requisites, credit applications, site access
// journals, lists, and lower-case call transcripts (spoken phone and
// passport numbers, a spoken address and a spoken e-mail, which is gold
// EMAIL). Names come in every case, with initials in both orders, as
// diminutives, family plurals (Морозовых, the Thompsons), in signatures and
// From/To headers and as cardholders in capitals; sole traders' names are
// PERSON, and every IP is labelled, internal and server ones included.
// Negatives: products named like people (kitchen «Виктория», sofa «Милана»,
// wardrobes Hugo, Oscar and Leon), Victoria BC, colours, idioms, car and
// company names, identifiers with a wrong check digit, masked cards, БИК,
// КПП, ОКПО, correspondent accounts, ОМС and ОСАГО policies, tracking,
// transaction, receipt, order, claim and article numbers, sizes such as
// 2400x600x560, RAL and NCS paint codes, a VIN, plates and versions shaped
// like IPs.
//
// The engine was judged on it once, untuned, with rules-2025.13 (engine
// 1.11.0, commit 37ca50c): BANK_ACCOUNT, CARD, INN, OGRN and SNILS 1.0,
// EMAIL 0.986, PHONE 0.971 and ADDRESS 0.950 (targets met); IP 0.950 (2 of
// 21 missed), PASSPORT 0.903 (3 of 17 missed) and PERSON 0.854 (34 misses,
// 59 false alarms, many of them furniture models named like people) miss
// theirs; 7.279% of PII characters leaked (691 of 9493: PERSON 240, ADDRESS
// 158, PHONE 122, PASSPORT 117, EMAIL 28, IP 26).

// It is no longer held out: after that run its misses (with those of
// heldout15 to heldout17) drove rules-2025.14 (engine 1.12.0); heldout18.jsonl
// and heldout19.jsonl are the untuned sets. With rules-2025.14: every
// identifier type 1.0, ADDRESS 0.992, PERSON 0.937 (24 false alarms, 15
// misses of 305); leak 1.549% (PERSON 100, ADDRESS 47).

// heldout14Floor guards the tuned level.
var heldout14Floor = map[string]float64{
	TypeBankAccount: 0.99, TypeCard: 0.99, TypeEmail: 0.99, TypeINN: 0.99, TypeOGRN: 0.99, TypeSNILS: 0.99,
	TypePhone: 0.99, TypeIP: 0.99, TypePassport: 0.99, TypeAddress: 0.99,
	TypePerson: 0.93, // 0.8535 untuned, 0.9370 tuned
}

// heldout14MaxLeak: target 0.005; 7.279% untuned, 1.549% tuned.
const heldout14MaxLeak = 0.016

func TestHeldout14(t *testing.T) {
	corpusCheck{file: "testdata/heldout14.jsonl", name: "fourteenth held-out corpus", minMessages: 250,
		floors: heldout14Floor, everyType: true, maxLeak: heldout14MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
