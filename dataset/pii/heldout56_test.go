package pii

import "testing"

// testdata/heldout56.jsonl is the fifty-sixth held-out file: 265 messages
// (135 Russian, 130 English; 50 without personal data; 556 gold spans:
// PERSON 298, ADDRESS 71, PHONE 50, EMAIL 31, INN 17, BANK_ACCOUNT 16,
// PASSPORT 16, IP 15, OGRN 14, CARD 14, SNILS 14), written by hand by
// someone who saw neither the engine nor any other labelled file, while the
// engine was tuned on heldout54 and heldout55. It is the CRM and emergency
// dispatch of a housing management company (УК/ТСЖ): leaks, heating,
// lifts, intercoms, meter readings, debt notices, recalculations, refunds,
// parking, benefits; owners' meetings and registers with shares, council
// lists, rosters, access-for-repairs lists; tenants and landlords, expat
// tenants, foreign landlords with foreign phones, passports and addresses.
// Resident chats, letters, a complaint to the housing inspectorate,
// e-mails with signatures and quoted history, logs, tables, lower-case
// dispatcher transcripts with spelled-out house numbers. Addresses full
// with an index, short ("пр. Мира д.5 кв.12", "Ленина 5-12", "Светлая 3,
// 58"), transliterated, UK and German. Negatives: Вера в…, Слава богу,
// Надежда, Роза ветров, Will you, Mark my words, Bill, Grant, a car jack,
// Victoria the place, streets named after people ("на Гагарина"), masked
// cards, firmware versions shaped like IPs; 10–12-digit personal-account
// numbers, ticket, invoice, claim and work-order numbers, ОМС, a VIN,
// plates, a cadastral number, КПП, ОКПО, ОКТМО, БИК, correspondent
// accounts, and INN, SNILS, OGRN and card numbers with a wrong check digit.
//
// The engine was judged on it once, untuned, with rules-2025.33 (engine
// 1.31.0, commit ee35aac): BANK_ACCOUNT, CARD, EMAIL, INN, OGRN, PASSPORT,
// PHONE and SNILS 1.0, PERSON 0.982 and ADDRESS 0.957 (targets met); IP
// 0.968 (one false alarm) misses its target by a hair; 0.894% of PII
// characters leaked (83 of 9283: ADDRESS 65, PERSON 18).

// It is no longer held out: after that run its misses (with heldout57's)
// drove rules-2025.34 (engine 1.32.0). With rules-2025.34: ADDRESS 0.993,
// PERSON 0.983, every other type 1.0; leak 0.474% (ADDRESS 26, PERSON 18).

// heldout56Floor guards the tuned level.
var heldout56Floor = map[string]float64{
	TypeBankAccount: 0.99, TypeCard: 0.99, TypeEmail: 0.99, TypeINN: 0.99, TypeIP: 0.99, TypeOGRN: 0.99,
	TypePassport: 0.99, TypePhone: 0.99, TypeSNILS: 0.99, TypeAddress: 0.98, TypePerson: 0.97,
}

// heldout56MaxLeak: target 0.005; 0.894% untuned, 0.474% tuned.
const heldout56MaxLeak = 0.005

func TestHeldout56(t *testing.T) {
	corpusCheck{file: "testdata/heldout56.jsonl", name: "fifty-sixth held-out corpus", minMessages: 250,
		floors: heldout56Floor, everyType: true, maxLeak: heldout56MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
