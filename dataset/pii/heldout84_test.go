package pii

import "testing"

// testdata/heldout84.jsonl is the eighty-fourth held-out file: 278 messages
// (140 Russian, 138 English; 56 without personal data; 807 gold spans:
// PERSON 482, PHONE 76, ADDRESS 67, EMAIL 44, INN 28, PASSPORT 27, IP 22,
// BANK_ACCOUNT 18, CARD 17, SNILS 13, OGRN 13), written by hand by someone
// who saw neither the engine nor any other labelled file, while the engine
// was tuned on heldout82 and heldout83. It is the CRM of a private
// elderly-care company, a boarding house and a home-nursing service:
// placement requests, guardianship and power-of-attorney papers, nurses'
// and doctors' shift notes, medication records, visit and transport logs,
// invoices, refunds, complaints, carers' recruitment, partner clinics,
// pharmacies and sole traders with bank details, relatives abroad (UK,
// Germany, Israel, US, Korea, Georgia, Armenia, Ireland). E-mails with
// headers, quoted replies, forwards and signatures, chats, lower-case call
// transcripts, pasted tables, forms, SMS-gateway and auth logs with IPv4
// and IPv6. Names in every case, vocatives (Зин, Коль), initials in both
// orders, a patronymic alone, diminutives for the elderly, capitals,
// SURNAME/NAME, titles outside (Mr, Dr, врач, м/с), Tatar, Armenian,
// Georgian, German, Korean, Moldovan, Uzbek and Kazakh names; kinship words
// (бабушка, Auntie) outside the name. Addresses with index, область and
// район, СНТ and villages, transliterated, UK, German, Israeli, US, Irish,
// Georgian and Armenian ones. Negatives: contract, order, ticket, invoice,
// claim and registry numbers, SKUs, a VIN, plates, ОМС, КПП, БИК, ОКПО,
// correspondent accounts, masked cards, versions shaped like IPs, doses,
// blood pressure, rooms, dates of birth, and INN, SNILS, OGRN and card
// numbers with a wrong check digit; Вера, Слава богу, Лада Веста, a choir
// called Роза, Will, Mark, Frank, May, Victoria and Georgia as words.
//
// The engine was judged on it once, untuned, with rules-2025.51 (engine
// 1.49.0, commit 78a4838): BANK_ACCOUNT, CARD, EMAIL, INN, OGRN, PASSPORT
// and SNILS 1.0, PHONE 0.980, ADDRESS 0.9925, PERSON 0.968 (targets met);
// IP 0.930 misses its target (two missed, one false alarm); 2.389% of PII
// characters leaked (321 of 13439: PERSON 160, ADDRESS 72, IP 56, PHONE
// 33), against the target of 0.5%. It has not been tuned on: these are
// held-out figures.

// heldout84Floor holds the untuned figures: the target where it
// was met, the measured value where it was not.
var heldout84Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.93, TypeOGRN: 0.97,
	TypePassport: 0.97, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout84MaxLeak: target 0.005, missed (2.389%).
const heldout84MaxLeak = 0.024

func TestHeldout84(t *testing.T) {
	corpusCheck{file: "testdata/heldout84.jsonl", name: "eighty-fourth held-out corpus", minMessages: 250,
		floors: heldout84Floor, everyType: true, maxLeak: heldout84MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
