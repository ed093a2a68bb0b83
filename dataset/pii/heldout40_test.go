package pii

import "testing"

// testdata/heldout40.jsonl is the fortieth held-out file: 262 messages (131
// Russian, 131 English; 54 without personal data; 565 gold spans: PERSON
// 333, PHONE 48, ADDRESS 37, EMAIL 30, PASSPORT 25, INN 20, BANK_ACCOUNT 16,
// CARD 15, SNILS 15, IP 14, OGRN 12), written by hand by someone who saw
// neither the engine nor any other labelled file, while the engine was tuned
// on heldout38 and heldout39. It is the CRM of the HR shared-service centre
// of a manufacturer with plants in Russia and abroad: payroll and payslips,
// tax status and deductions, sick leave and vacation, relocation and
// housing of engineers, work permits and visas for foreign specialists,
// onboarding documents, business trips, per diems and expense reports,
// corporate cards, shift-worker dormitories, exit interviews, access and
// VPN logs, payees' bank details. Chats, letters and applications, e-mails
// with signatures and quoted history, lower-case transcripts with repeated
// words, notices, requisites, lists. Names in full, surname and initials,
// every case, diminutives (Саша, Гоша, Аллочка), lower case, Latin names in
// Russian text, "SURNAME/NAME MR"; titles outside; a misspelt name beside
// the right one. A bank's own valid ИНН is labelled. Negatives: Вера,
// Надежда, Любовь, Слава, розы, Will, Mark, Hope, Grace, Frank, Jack, May,
// Bill, Victoria the city, Georgia and Jordan the countries, Лада Веста,
// firms, a street named after a person (inside its address); a wrong INN,
// SNILS, card or OGRN next to the right one, ticket, order, contract,
// claim, invoice and booking numbers, tracking and container numbers, an
// IMEI, ОМС, КПП, БИК, ОКПО, correspondent accounts, VINs, plates, masked
// cards, amounts, dates, versions shaped like IPs.
//
// The engine was judged on it once, untuned, with rules-2025.25 (engine
// 1.23.0, commit 2880779): BANK_ACCOUNT, CARD, EMAIL, INN, OGRN, PHONE and
// SNILS 1.0, ADDRESS 0.986 and PERSON 0.968 (targets met); IP 0.966 (one
// false alarm) and PASSPORT 0.958 (2 missed) miss theirs; 1.835% of PII
// characters leaked (159 of 8664: PERSON 112, ADDRESS 26, PASSPORT 21).

// It is no longer held out: after that run its misses (with heldout41's)
// drove rules-2025.26 (engine 1.24.0). With rules-2025.26: PERSON 0.976,
// every other type 1.0; leak 1.073% (PERSON 93: families named by surname
// alone in a list, lower-case chat names, a Chinese name in lower case).

// heldout40Floor guards the tuned level.
var heldout40Floor = map[string]float64{
	TypeBankAccount: 0.99, TypeCard: 0.99, TypeEmail: 0.99, TypeINN: 0.99, TypeIP: 0.99, TypeOGRN: 0.99,
	TypePassport: 0.99, TypePhone: 0.99, TypeSNILS: 0.99, TypeAddress: 0.99, TypePerson: 0.97,
}

// heldout40MaxLeak: target 0.005; 1.835% untuned, 1.073% tuned.
const heldout40MaxLeak = 0.011

func TestHeldout40(t *testing.T) {
	corpusCheck{file: "testdata/heldout40.jsonl", name: "fortieth held-out corpus", minMessages: 250,
		floors: heldout40Floor, everyType: true, maxLeak: heldout40MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
