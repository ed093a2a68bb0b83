package pii

import "testing"

// testdata/heldout69.jsonl is the sixty-ninth held-out file: 264 messages
// (134 Russian, 130 English; 54 without personal data; 553 gold spans:
// PERSON 290, PHONE 54, ADDRESS 37, EMAIL 34, INN 25, PASSPORT 23, SNILS
// 22, BANK_ACCOUNT 19, IP 19, CARD 16, OGRN 14), written by hand by
// someone who saw neither the engine nor any other labelled file, while
// the engine was tuned on heldout66 and heldout67. It is the client
// service of a non-state pension fund: individual pension accounts,
// transfers between funds, successors and inheritance, employers'
// programmes, the long-term savings programme, payout applications,
// tax-deduction certificates, identity checks by video and in the office,
// expats (Israel, Canada, Cyprus, the UK, the US, Germany, Thailand,
// Georgia, Latvia) with Russian pension rights. Chats, letters, e-mails
// with signatures and quoted history, lower-case call transcripts,
// system and security logs, web forms, internal notes, requisites,
// registers, a vCard. Names in every case and with initials, diminutives,
// lower case, maiden and married names, transliterated and foreign names,
// cardholders in capitals; Mr, Mrs, Ms, Dr, Grandma, Господин outside.
// Passports internal ("серия … номер …", "series … no. …"), foreign and
// Latin-letter; phones with extensions outside; IPv4 and IPv6, internal
// servers and VPN gateways labelled. Negatives: "Вера в…", "Надежда только
// на вас", "Слава богу", "Лада Веста", "Will you", "Mark my words", "May
// I", "hope this", "grace period", "pounds sterling", Victoria, Florence
// and Jordan as places, the firm "Bill & Hughes"; contract, claim, ticket,
// invoice, payment-order and tracking numbers, ОМС, plates, КПП, БИК,
// ОКПО, correspondent accounts, masked cards, versions shaped like IPs,
// session ids and hashes, and INN, SNILS, OGRN, card and account numbers
// with a wrong check digit.
//
// The engine was judged on it once, untuned, with rules-2025.40 (engine
// 1.38.0, commit c181225): every identifier type but IP 1.0, IP 0.973,
// PERSON 0.974: every F1 target met; 0.545% of PII characters leaked (48
// of 8810: PERSON 26, PASSPORT 13, IP 9), just above the target of 0.5%.
//
// It is no longer held out: after that run its misses (with heldout68's)
// drove rules-2025.41 (engine 1.39.0). With rules-2025.41: every type 1.0
// but PERSON 0.986 (the false alarms are mostly names the writer left
// unlabelled: Tom signing an e-mail, Marco, "right yulia", Кирилл
// addressed); leak 0.306% (27 of 8810: PERSON 14, PASSPORT 13: the words
// "серия" and "series" that two labels include before the number).

// heldout69Floor guards the tuned level.
var heldout69Floor = map[string]float64{
	TypeBankAccount: 0.99, TypeCard: 0.99, TypeEmail: 0.99, TypeINN: 0.99, TypeIP: 0.99, TypeOGRN: 0.99,
	TypePassport: 0.99, TypePhone: 0.99, TypeSNILS: 0.99, TypeAddress: 0.99, TypePerson: 0.98,
}

// heldout69MaxLeak: target 0.005; 0.545% untuned, 0.306% tuned.
const heldout69MaxLeak = 0.004

func TestHeldout69(t *testing.T) {
	corpusCheck{file: "testdata/heldout69.jsonl", name: "sixty-ninth held-out corpus", minMessages: 250,
		floors: heldout69Floor, everyType: true, maxLeak: heldout69MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
