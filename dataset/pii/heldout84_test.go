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
// 33), against the target of 0.5%.
//
// It is no longer held out: after that run its misses (with heldout85's)
// drove rules-2025.52 (engine 1.50.0). With rules-2025.52: every type 1.0
// but ADDRESS 0.9925 ("с Октябрьской, 12"), IP 0.978 (an app's version
// after "ip=" in the same log line) and PERSON 0.985 (misses: lower-case
// names in a transcript, "звала Фрица", "Вагнерша", a Korean given name
// alone; false alarms: the residence "Sosnovaya Roshcha", "Äni" for mum);
// leak 1.220% (164 of 13439: PERSON 92, ADDRESS 72).

// heldout84Floor guards the tuned level.
var heldout84Floor = map[string]float64{
	TypeBankAccount: 0.99, TypeCard: 0.99, TypeEmail: 0.99, TypeINN: 0.99, TypeIP: 0.97, TypeOGRN: 0.99,
	TypePassport: 0.99, TypePhone: 0.99, TypeSNILS: 0.99, TypeAddress: 0.99, TypePerson: 0.98,
}

// heldout84MaxLeak: target 0.005; 2.389% untuned, 1.220% tuned.
const heldout84MaxLeak = 0.013

func TestHeldout84(t *testing.T) {
	corpusCheck{file: "testdata/heldout84.jsonl", name: "eighty-fourth held-out corpus", minMessages: 250,
		floors: heldout84Floor, everyType: true, maxLeak: heldout84MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
