package pii

import "testing"

// testdata/heldout33.jsonl is the thirty-third held-out file: 269 messages
// (135 Russian, 134 English; 52 without personal data; 586 gold spans:
// PERSON 337, PHONE 56, EMAIL 39, PASSPORT 29, ADDRESS 28, INN 20,
// BANK_ACCOUNT 18, IP 17, CARD 15, SNILS 14, OGRN 13), written by hand by
// someone who saw neither the engine nor any other labelled file, while the
// engine was tuned on heldout30 and heldout31. It is the CRM of a university
// admissions office and its student housing: applicants and parents,
// international students (visas, migration registration, foreign
// passports), lecturers and staff, dormitory residents, firms sponsoring
// tuition. Chats and messengers, letters and official notes, e-mails with
// headers, signatures and quoted history, lower-case call transcripts with
// numbers spoken (a phone entirely in Russian words), notices, server logs,
// lists and registers, requisites of an ООО, an АО and an ИП. Names in
// every case, diminutives, lower case, initials ("Рогов А.С.", "А.В.
// Ступина"), capitals on payments, signatures, transliterated Asian, African
// and Latin names, one in Chinese characters; titles outside. Passports
// internal ("серия … номер …") and foreign, one quoted as a typo beside the
// right one; cards in any grouping; СНИЛС with dashes, spaces or none; IPv4
// and IPv6 in login logs; phones from many countries and an 8-800 line.
// Negatives: identifiers with a wrong check digit next to valid ones,
// masked cards, contract, invoice, ticket, tracking, receipt and
// application numbers, an ОМС policy, amounts, dates, exam scores, a plate,
// flight numbers, КПП, БИК, correspondent accounts, ОКПО, ОКТМО, versions
// shaped like IPs, and Вера в успех, Слава богу, Лада Веста, Will you, Mark
// my words, grace period, Victoria, beside the people Вера, Слава and Will.
//
// The engine was judged on it once, untuned, with rules-2025.21 (engine
// 1.19.0, commit ab69d73): BANK_ACCOUNT, CARD, EMAIL, INN, IP, OGRN, PHONE
// and SNILS 1.0, PERSON 0.965 and ADDRESS 0.947 (targets met); PASSPORT
// 0.964 (2 missed) misses its target; 1.429% of PII characters leaked (132
// of 9238: PERSON 80, ADDRESS 33, PASSPORT 19).

// It is no longer held out: after that run its misses (with heldout32's)
// drove rules-2025.22 (engine 1.20.0). With rules-2025.22: ADDRESS 0.982
// (a Ghanaian plot address), PASSPORT 0.983 (one read out after the
// question), PERSON 0.982, the other types 1.0; leak 1.234% (PERSON 71:
// lower-case names in a group chat, a name in Chinese characters, a list
// of foreign names; ADDRESS 33, PASSPORT 10).

// heldout33Floor guards the tuned level.
var heldout33Floor = map[string]float64{
	TypeBankAccount: 0.99, TypeCard: 0.99, TypeEmail: 0.99, TypeINN: 0.99, TypeIP: 0.99, TypeOGRN: 0.99,
	TypePhone: 0.99, TypeSNILS: 0.99, TypeAddress: 0.98, TypePerson: 0.98, TypePassport: 0.98,
}

// heldout33MaxLeak: target 0.005; 1.429% untuned, 1.234% tuned.
const heldout33MaxLeak = 0.013

func TestHeldout33(t *testing.T) {
	corpusCheck{file: "testdata/heldout33.jsonl", name: "thirty-third held-out corpus", minMessages: 250,
		floors: heldout33Floor, everyType: true, maxLeak: heldout33MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
