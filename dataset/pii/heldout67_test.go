package pii

import "testing"

// testdata/heldout67.jsonl is the sixty-seventh held-out file: 273
// messages (139 Russian, 134 English; 48 without personal data; 545 gold
// spans: PERSON 289, PHONE 63, EMAIL 46, ADDRESS 30, INN 23, PASSPORT 20,
// IP 17, OGRN 15, BANK_ACCOUNT 15, SNILS 14, CARD 13), written by hand by
// someone who saw neither the engine nor any other labelled file, while
// the engine was tuned on heldout64 and heldout65. It is the seller
// support of an online marketplace: onboarding and KYC, payouts and payout
// details, disputes with buyers, warehouse and fulfilment deliveries,
// counterfeit and IP claims, account blocks and takeovers; sellers and
// staff from Russia, China, Turkey and Kyrgyzstan (pinyin, Turkish
// diacritics, Kyrgyz and Caucasian names, mixed in one message). Chats,
// letters, e-mails with signatures and quoted history, lower-case call
// transcripts, notices, internal notes, shift handovers, requisites,
// lists. Names in every case, diminutives, lower case, "Surname I.O." with
// the dots inside the label, name and patronymic, a patronymic as a
// nickname, cardholders in capitals, names after ИП and IE, titles
// outside. Russian internal and foreign passports, Kyrgyz, Turkish and
// Chinese ones; Russian, English, Turkish, Chinese and Kyrgyz addresses.
// Negatives: a shop named after a first name, brands, a product, a car
// model, a city that is a first name, "Слава богу", "Вера в успех", "Will
// you", "Mark my words"; order, ticket, shipment, claim and court-case
// numbers, tracking codes, SKUs, barcodes, serials, plates, a foreign tax
// id, a Chinese registration code, КПП, БИК, ОКПО, correspondent accounts,
// versions shaped like IPs, masked cards and accounts, and INN, SNILS and
// card numbers with a wrong check digit.
//
// The engine was judged on it once, untuned, with rules-2025.39 (engine
// 1.37.0, commit 7d433a9): every identifier type but PASSPORT 1.0, ADDRESS
// 0.983, PERSON 0.959 (targets met); PASSPORT 0.947 (two missed) misses its
// target; 1.863% of PII characters leaked (163 of 8748: ADDRESS 114,
// PERSON 29, PASSPORT 20), against the target of 0.5%.
//
// It is no longer held out: after that run its misses (with heldout66's)
// drove rules-2025.40 (engine 1.38.0). With rules-2025.40: every type 1.0
// but ADDRESS 0.983 (a Turkish address, "Atatürk Mah. Gazi Bulvarı
// No:118 D:4") and PERSON 0.967 (labels that split a lower-case name in
// two, "нурлан" and "исаков"; the writer's traps, «Мартин» the boots and
// Dr. Martens; Zhang Wei unlabelled beside its Cyrillic form); leak 1.017%
// (89 of 8748: ADDRESS 67, PERSON 22).

// heldout67Floor guards the tuned level.
var heldout67Floor = map[string]float64{
	TypeBankAccount: 0.99, TypeCard: 0.99, TypeEmail: 0.99, TypeINN: 0.99, TypeIP: 0.99, TypeOGRN: 0.99,
	TypePassport: 0.99, TypePhone: 0.99, TypeSNILS: 0.99, TypeAddress: 0.98, TypePerson: 0.96,
}

// heldout67MaxLeak: target 0.005; 1.863% untuned, 1.017% tuned.
const heldout67MaxLeak = 0.011

func TestHeldout67(t *testing.T) {
	corpusCheck{file: "testdata/heldout67.jsonl", name: "sixty-seventh held-out corpus", minMessages: 250,
		floors: heldout67Floor, everyType: true, maxLeak: heldout67MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
