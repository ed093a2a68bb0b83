package pii

import "testing"

// testdata/heldout31.jsonl is the thirty-first held-out file: 260 messages
// (130 Russian, 130 English; 47 without personal data; 518 gold spans:
// PERSON 262, PHONE 58, EMAIL 41, ADDRESS 40, PASSPORT 25, INN 22, IP 17,
// BANK_ACCOUNT 16, OGRN 13, CARD 12, SNILS 12), written by hand by someone
// who saw neither the engine nor any other labelled file, while the engine
// was tuned on heldout28 and heldout29. It is the CRM of a freight
// forwarder, customs broker and warehouse operator: shipments, customs
// declarations, temporary-storage warehouses, demurrage, warehouse receipts,
// invoices, powers of attorney, drivers' documents; counterparties in
// Russia, Kazakhstan, China, Turkey, Belarus, the EU, the UK and the UAE.
// Short chats, letters, e-mails with signatures and quoted or forwarded
// history, a WhatsApp export, notices, portal logs, requisites, HR and
// payroll lists, phone logs, lower-case call transcripts and voicemail with
// numbers spoken (phones and a passport). Names with patronymics in every
// case, initials ("Кравец Д.О.", "D.O. Kravets"), diminutives and vocatives
// (Лёх, Андрюх, Olya, Kostya), Turkish, Chinese, Kazakh, Azerbaijani and
// Latvian names, airline capitals with MR/MRS, sole traders after ИП; titles
// outside. Passports: Russian internal and foreign, Kazakh, Chinese and
// French ones, one written two ways, an old one beside a new one. Addresses
// in Russia (index, корп., стр., лит., офис, кв.), Kazakhstan, China,
// Turkey, Germany, Latvia, the UK and Canada, businesses' legal and
// warehouse addresses. Negatives: Вера, Слава богу, Надежда, Victoria the
// city, Will you, Mark my words, grace period, Chase Bank, bill of lading,
// Jordan, Лада Веста, Мирный, Королёв; КПП, БИК, ОКПО, ОКТМО, ОКАТО,
// correspondent accounts, HS codes, customs declaration numbers, payment
// ids, AWB, DHL and СДЭК tracking, container numbers, VINs, plates, SKUs,
// invoice, claim and contract numbers, Kazakh БИН/ИИН, a Turkish VKN,
// versions shaped like IPs, masked cards, and INN and card numbers with a
// wrong check digit next to the valid one.
//
// The engine was judged on it once, untuned, with rules-2025.20 (engine
// 1.18.0, commit dad14b9): BANK_ACCOUNT, CARD, EMAIL, INN, IP, OGRN, PHONE
// and SNILS 1.0, PERSON 0.973 and ADDRESS 0.938 (targets met); PASSPORT
// 0.958 (2 missed) misses its target; 2.744% of PII characters leaked (244
// of 8891: ADDRESS 104, PASSPORT 79, PERSON 61).

// It is no longer held out: after that run its misses (with heldout30's)
// drove rules-2025.21 (engine 1.19.0). With rules-2025.21: PERSON 0.990,
// PASSPORT 1.0, every other type 1.0; leak 0.337% (PERSON 30: a sign-off,
// a Chinese name after a role, lower-case names in a group chat).

// heldout31Floor guards the tuned level.
var heldout31Floor = map[string]float64{
	TypeBankAccount: 0.99, TypeCard: 0.99, TypeEmail: 0.99, TypeINN: 0.99, TypeIP: 0.99, TypeOGRN: 0.99,
	TypePassport: 0.99, TypePhone: 0.99, TypeSNILS: 0.99, TypeAddress: 0.99, TypePerson: 0.98,
}

// heldout31MaxLeak: target 0.005; 2.744% untuned, 0.337% tuned.
const heldout31MaxLeak = 0.004

func TestHeldout31(t *testing.T) {
	corpusCheck{file: "testdata/heldout31.jsonl", name: "thirty-first held-out corpus", minMessages: 250,
		floors: heldout31Floor, everyType: true, maxLeak: heldout31MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
