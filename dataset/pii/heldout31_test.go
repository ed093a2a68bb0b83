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

// heldout31Floor is the target where it was met, else a floor just
// below the level reached.
var heldout31Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
	TypePassport: 0.95, // target 0.97: missed (0.9583)
}

// heldout31MaxLeak: target 0.005, missed (2.744%).
const heldout31MaxLeak = 0.028

func TestHeldout31(t *testing.T) {
	corpusCheck{file: "testdata/heldout31.jsonl", name: "thirty-first held-out corpus", minMessages: 250,
		floors: heldout31Floor, everyType: true, maxLeak: heldout31MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
