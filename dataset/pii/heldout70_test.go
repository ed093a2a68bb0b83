package pii

import "testing"

// testdata/heldout70.jsonl is the seventieth held-out file: 271 messages
// (140 Russian, 131 English; 69 without personal data; 534 gold spans:
// PERSON 288, ADDRESS 49, PHONE 46, PASSPORT 30, EMAIL 26, INN 21, OGRN
// 16, CARD 15, IP 15, BANK_ACCOUNT 14, SNILS 14), written by hand by
// someone who saw neither the engine nor any other labelled file, while
// the engine was tuned on heldout68 and heldout69. It is the CRM of a
// household and office moving company: quotes after surveys, crews and
// trucks, storage units, damage claims, expats' international
// relocation, parking permits and letters to building management. Client
// chats, the crew's group chat, claims and letters, e-mails with
// signatures and quoted replies, lower-case call transcripts with spoken
// numbers and addresses, SMS, notices, requisites, HR forms, lists. Names
// in every case, initials in both orders (trailing dots inside the label),
// diminutives and nicknames, lower case, titles outside. Addresses in
// Russia (the city in the genitive, short street and house forms), the UK,
// the US, Germany, Dubai, Tokyo and Singapore, transliterated and spoken.
// Passports: Russian internal ("номер" inside one label), foreign, UK and
// US nine-digit, German, Japanese and "GB"-prefixed ones. Negatives:
// housing complexes «Вера» and «Надежда», "Слава богу", "вера в
// человечество", "Will you", "Mark my words", "Grace period", "Bill of
// lading", Victoria, BC, a dog called Max, streets named after people,
// firms and brands; order, claim, invoice, contract, booking, container,
// B/L, AWB and PO numbers, plates, a VIN, КПП, БИК, ОКПО, correspondent
// accounts, ОМС, SMS codes, masked cards, versions shaped like IPs, and
// INN, SNILS, card, OGRN and account numbers with a wrong check digit.
//
// The engine was judged on it once, untuned, with rules-2025.41 (engine
// 1.39.0, commit a149485): CARD, EMAIL, INN, OGRN, PHONE and SNILS 1.0,
// ADDRESS 0.990, PERSON 0.973 (targets met); PASSPORT 0.889 (six missed),
// BANK_ACCOUNT 0.966 and IP 0.968 (one false alarm each) miss theirs;
// 1.444% of PII characters leaked (126 of 8726: PASSPORT 67, PERSON 30,
// ADDRESS 29), against the target of 0.5%.
//
// It is no longer held out: after that run its misses (with heldout71's)
// drove rules-2025.42 (engine 1.40.0). With rules-2025.42: every type 1.0
// but PASSPORT 0.966 (two numbers in "Да, 72 0458316 мой, у жены 75
// 2290417" with no passport word), BANK_ACCOUNT 0.966 (an account the
// writer left unlabelled because its bank rejected it), IP 0.968 (an
// address the writer calls not theirs, unlabelled) and PERSON 0.993; leak
// 0.630% (55 of 8726: ADDRESS 23, PASSPORT 20, PERSON 12).

// heldout70Floor guards the tuned level.
var heldout70Floor = map[string]float64{
	TypeCard: 0.99, TypeEmail: 0.99, TypeINN: 0.99, TypeOGRN: 0.99, TypePhone: 0.99, TypeSNILS: 0.99,
	TypeAddress: 0.99, TypePerson: 0.98, TypePassport: 0.96, TypeBankAccount: 0.96, TypeIP: 0.96,
}

// heldout70MaxLeak: target 0.005; 1.444% untuned, 0.630% tuned.
const heldout70MaxLeak = 0.007

func TestHeldout70(t *testing.T) {
	corpusCheck{file: "testdata/heldout70.jsonl", name: "seventieth held-out corpus", minMessages: 250,
		floors: heldout70Floor, everyType: true, maxLeak: heldout70MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
