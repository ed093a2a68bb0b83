package pii

import "testing"

// testdata/heldout12.jsonl is the twelfth held-out file: 260 messages (145
// Russian, 115 English; 66 without personal data; 494 gold spans: PERSON
// 226, PHONE 53, IP 42, ADDRESS 41, EMAIL 32, INN 23, PASSPORT 17, OGRN 16,
// BANK_ACCOUNT 15, CARD 15, SNILS 14), written by hand by someone who saw
// neither the engine nor any other labelled file, while the engine was
// tuned on heldout10 and heldout11. It is the CRM of a B2B SaaS and telecom
// reseller (internet, SIP, cloud PBX, CRM licences) for small businesses in
// Russia, the EU, the UK and the CIS: web leads and demos, contracts,
// invoices and acts with requisites (ООО, ИП, АО, GmbH, Ltd, SARL, AB, OÜ,
// also in English: INN, OGRNIP, BIC), partner payouts, consent forms and
// powers of attorney, support tickets with IPv4, IPv6, private and
// link-local addresses in router, SBC, firewall and syslog excerpts, number
// porting with passport and address, technician visits, billing disputes
// with cards and 408xx/407xx accounts beside their БИК, HR records, formal
// letters, terse engineer chat and lower-case call transcripts. Names come
// in every case, with initials, diminutives (Саня, Гришу, Женёк, Тёма) and
// vocatives (Кость, Марин). Negatives: «Вера в…», «Слава богу», «Надежда
// умирает последней», «Роман с кокаином», «Лада Веста», the SSID «Слава
// КПСС», "Mark my words", "grace period", rooms named Grace Hopper and Ada
// Lovelace, Sofia, Victoria, Jordan, firms named after people, masked cards,
// an RRN, КПП, БИК, ОКПО, УНП, VAT ids, correspondent accounts, a VIN,
// plates, an ОМС policy, versions shaped like IPs, extension numbers, a
// subnet, and identifiers with a wrong check digit.
//
// The engine was judged on it once, untuned, with rules-2025.12 (engine
// 1.10.0, commit aaa36ea): CARD, EMAIL,
// INN, OGRN, PHONE and SNILS 1.0, ADDRESS 0.975, IP 0.988 (targets met);
// PASSPORT 0.9697 (1 of 17 missed), PERSON 0.899 (22 misses, 24 false
// alarms of 226) and BANK_ACCOUNT 0.571 (9 of 15 missed) miss theirs;
// the nine missed accounts fail the control key against the БИК written
// beside them (the file's checker got the key wrong), and the engine, as
// the issue asks and the other files expect, reports an account only when
// its key matches a nearby БИК;
// 4.537% of PII characters leaked (363 of 8000: BANK_ACCOUNT 180, PERSON
// 139, ADDRESS 34, PASSPORT 10).

// It is no longer held out: after that run its misses (with heldout13's)
// drove rules-2025.13 (engine 1.11.0); heldout14.jsonl to heldout17.jsonl
// are the untuned sets. With rules-2025.13: PERSON 0.945 (13 false alarms,
// 12 misses of 226), ADDRESS 0.975, PASSPORT 0.9697, BANK_ACCOUNT 0.571
// (the nine accounts that fail their key, left as they are); leak 3.575%
// (BANK_ACCOUNT 180, PERSON 62, ADDRESS 34, PASSPORT 10).

// heldout12Floor guards the tuned level.
var heldout12Floor = map[string]float64{
	TypeCard: 0.99, TypeEmail: 0.99, TypeINN: 0.99, TypeOGRN: 0.99, TypePhone: 0.99, TypeSNILS: 0.99,
	TypeAddress: 0.97, TypeIP: 0.99,
	TypePassport:    0.96, // target 0.97: missed (0.9697)
	TypePerson:      0.94, // 0.8987 untuned, 0.9448 tuned
	TypeBankAccount: 0.57, // target 0.97: missed (0.5714), see above
}

// heldout12MaxLeak: target 0.005; 4.537% untuned, 3.575% tuned.
const heldout12MaxLeak = 0.036

func TestHeldout12(t *testing.T) {
	corpusCheck{file: "testdata/heldout12.jsonl", name: "twelfth held-out corpus", minMessages: 250,
		floors: heldout12Floor, everyType: true, maxLeak: heldout12MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
