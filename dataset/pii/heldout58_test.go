package pii

import "testing"

// testdata/heldout58.jsonl is the fifty-eighth held-out file, smaller than
// the others (its writer ran out of time): 138 messages (75 Russian, 63
// English; 29 without personal data; 381 gold spans: PERSON 192, PHONE 38,
// PASSPORT 29, ADDRESS 26, EMAIL 20, INN 15, IP 13, OGRN 12, BANK_ACCOUNT
// 12, CARD 12, SNILS 12), written by hand by someone who saw neither the
// engine nor any other labelled file, while the engine was tuned on
// heldout56 and heldout57. It is the CRM of a tour operator for inbound
// and outbound tourism: group tours, rooming lists as pipe tables and
// numbered lists with names, rooms and passport numbers, guides and
// drivers, hotel vouchers, visa support letters, tickets, insurance claims,
// complaints, B2B partners' requisites; tourists from China, India,
// Germany, the UK, the US, Brazil and Turkey, their names in Latin, in
// Cyrillic and in Chinese characters, airline-style SURNAME/NAME MR and
// "SURNAME, Given Names" with the suffix outside; Russian, Chinese, Indian,
// German, British, US, Brazilian and Turkish passports. Chats, letters,
// e-mails with signatures and quoted replies, lower-case transcripts,
// notices, audit logs with IPv4 and IPv6, web forms. Negatives: meeting
// points by a landmark without a house, Victoria, Catherine Palace, Peter
// and Paul Fortress, Will you, Mark my words, Вера в успех, "Max 25
// people"; booking codes, e-ticket, order, invoice, claim and policy
// numbers, plates, amounts, dates, app versions, masked cards, and an INN,
// SNILS and OGRN with a wrong check digit.
//
// The engine was judged on it once, untuned, with rules-2025.34 (engine
// 1.32.0, commit 9f4dbea): BANK_ACCOUNT, CARD, EMAIL, INN, IP, OGRN and
// SNILS 1.0, PHONE 0.987, ADDRESS 0.943 and PERSON 0.924 (targets met);
// PASSPORT 0.840 (8 of 29 missed: passports in rooming tables and of
// countries not seen before) misses its target; 3.868% of PII characters
// leaked (230 of 5946: PERSON 111, PASSPORT 72, ADDRESS 36, PHONE 11).

// It is no longer held out: after that run its misses (with heldout59's)
// drove rules-2025.35 and rules-2025.36 (engine 1.34.0), among them the
// cells of a pipe table taking their column's header as context and
// Chinese and Indian names in Cyrillic. With rules-2025.36: PHONE 0.987,
// PERSON 0.953, ADDRESS 0.943, every other type 1.0; leak 1.631% (PERSON
// 50: names in Chinese characters, "Ли Мин"; ADDRESS 36; PHONE 11).

// heldout58Floor guards the tuned level.
var heldout58Floor = map[string]float64{
	TypeBankAccount: 0.99, TypeCard: 0.99, TypeEmail: 0.99, TypeINN: 0.99, TypeIP: 0.99, TypeOGRN: 0.99,
	TypePassport: 0.99, TypeSNILS: 0.99, TypePhone: 0.98, TypePerson: 0.95, TypeAddress: 0.94,
}

// heldout58MaxLeak: target 0.005; 3.868% untuned, 1.631% tuned.
const heldout58MaxLeak = 0.017

func TestHeldout58(t *testing.T) {
	corpusCheck{file: "testdata/heldout58.jsonl", name: "fifty-eighth held-out corpus", minMessages: 130,
		floors: heldout58Floor, everyType: true, maxLeak: heldout58MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
