package pii

import "testing"

// testdata/heldout62.jsonl is the sixty-second held-out file: 260 messages
// (130 Russian, 130 English; 55 without personal data; 578 gold spans:
// PERSON 315, PHONE 66, EMAIL 41, ADDRESS 30, PASSPORT 24, INN 23, CARD 18,
// BANK_ACCOUNT 17, IP 17, OGRN 14, SNILS 13), written by hand by someone
// who saw neither the engine nor any other labelled file, while the engine
// was tuned on heldout60 and heldout61. It is the CRM of a private
// hospital's patient administration and its medical-tourism desk:
// admissions, discharges, ward transfers, lab and histology results,
// referrals, second opinions, tele-consultations; ДМС and foreign insurers'
// guarantee letters (Allianz, Bupa, Cigna, DKV), invoices, payments,
// refunds, tax-deduction papers; patients from Kazakhstan, Azerbaijan,
// Israel, Germany, the UAE and China with interpreters, relatives,
// emergency contacts, hotels and transfers. Staff chats, letters, e-mails
// with headers, signatures and quoted history, lower-case transcripts with
// a phone read out in each language, web forms, notices, requisites,
// lists. Names in every case, diminutives, lower case, patronymics and
// "oglu", transliterated and Chinese names, "Al …" names, families
// ("семья Ибрагимовых"), titles outside (д.м.н., проф., Dr); a doctor named
// Parkinson. Negatives: eponymous diseases and methods (Паркинсон,
// Альцгеймер, Бехтерев, Илизаров, Крон, Хашимото, Нечипоренко, Holter,
// Apgar, Graves, Hodgkin, Down), drugs named like people (Ярина, Жанин,
// Мирена, Allegra, Lyrica, Victoza), Слава богу, Mark my words, Victoria
// the hotel; ICD-10 codes, bed and ward numbers, invoice, claim, GOP,
// contract, booking and flight numbers, plates, ОМС, КПП, БИК, ОКПО,
// correspondent accounts, masked cards, versions shaped like IPs, and INN,
// SNILS and card numbers with a wrong check digit.
//
// The engine was judged on it once, untuned, with rules-2025.37 (engine
// 1.35.0, commit eb5f4cb): BANK_ACCOUNT, CARD, EMAIL, INN, OGRN, PASSPORT
// and SNILS 1.0, PHONE 0.992, PERSON 0.986 and ADDRESS 0.984 (targets
// met); IP 0.9697 (one missed) misses its target by a hair; 1.076% of PII
// characters leaked (97 of 9012: PERSON 58, PHONE 18, IP 13, ADDRESS 8).
//
// It is no longer held out: after that run its misses (with heldout63's)
// drove rules-2025.38 (engine 1.36.0). With rules-2025.38: every type 1.0;
// leak 0.133% (12 of 9012: ADDRESS 8, PERSON 4).

// heldout62Floor guards the tuned level.
var heldout62Floor = map[string]float64{
	TypeBankAccount: 0.99, TypeCard: 0.99, TypeEmail: 0.99, TypeINN: 0.99, TypeIP: 0.99, TypeOGRN: 0.99,
	TypePassport: 0.99, TypePhone: 0.99, TypeSNILS: 0.99, TypeAddress: 0.99, TypePerson: 0.99,
}

// heldout62MaxLeak: target 0.005; 1.076% untuned, 0.133% tuned.
const heldout62MaxLeak = 0.002

func TestHeldout62(t *testing.T) {
	corpusCheck{file: "testdata/heldout62.jsonl", name: "sixty-second held-out corpus", minMessages: 250,
		floors: heldout62Floor, everyType: true, maxLeak: heldout62MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
