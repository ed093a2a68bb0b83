package pii

import "testing"

// testdata/heldout117.jsonl is the hundred-and-seventeenth held-out file:
// 279 messages (139 Russian, 140 English; 60 without personal data; 501
// gold spans: PERSON 255, PHONE 72, ADDRESS 47, EMAIL 34, INN 20, PASSPORT
// 16, BANK_ACCOUNT 15, IP 14, CARD 12, OGRN 8, SNILS 8), written by hand by
// someone who saw neither the engine nor any other labelled file, while
// the engine was tuned on heldout112 to heldout115. It is the CRM of a
// debt-collection agency working for banks and microfinance companies:
// calls to debtors and guarantors, promises and schedules, restructuring,
// court orders and enforcement, bailiffs, bankruptcy of individuals,
// complaints to the regulator, deaths and estates, military-service
// suspensions, wrong-party contacts (relatives, neighbours, employers,
// numbers that changed hands), stop-contact, deletion and access requests.
// Chats and messengers, lower-case call transcripts, e-mails with headers,
// quotes, forwards and signatures, forms, CSV and pipe tables, OCR'd
// bailiff orders and letters, dialer, payment and login logs, SMS
// templates. Debtor and guarantor sharing a surname, every case form,
// initials, first name and patronymic alone, diminutives, OCR capitals,
// lower-case names, names that are also words both ways (Вера, Надежда,
// Любовь, Слава, Роман, Hope, Grace, Will, Mark, Victoria), firms named
// after people. Registration and residence addresses, requisites, UK, US,
// Canadian and transliterated addresses. Negatives: case, proceeding,
// contract, claim, ticket and invoice numbers, tracking numbers, RRNs and
// authorisation codes, VINs, plates, ОМС, КПП, БИК, ОКПО, correspondent
// accounts, masked cards, IP-shaped versions, numbers with a wrong check
// digit.
//
// The engine was judged on it once, untuned, with rules-2025.68 (engine
// 1.66.0, commit 7893fa3): every type met its target (ADDRESS 0.989,
// PERSON 0.962, the others 1.0); 1.719% of PII characters leaked (149 of
// 8668: PERSON 96, ADDRESS 53; names that are also words, lower-case names
// in call transcripts, an OCR'd address in capitals), against the target
// of 0.5%.
//
// It is no longer held out: after that run its misses (with heldout116's)
// drove rules-2025.69 (engine 1.67.0): a form's short labels ("Фам.
// КОРОЛЁВ Имя ВЛАДИСЛАВ Отч. ГЕННАДЬЕВИЧ"), a card's name in capitals
// after its label ("Payer name on card: A SOKOLOVA"). With rules-2025.69:
// ADDRESS 0.989 (an OCR'd address in capitals), PERSON 0.970, the others
// 1.0; leak 1.396% (121 of 8668: PERSON 68, ADDRESS 53).

// heldout117Floor guards the tuned level.
var heldout117Floor = map[string]float64{
	TypeBankAccount: 0.99, TypeCard: 0.99, TypeEmail: 0.99, TypeINN: 0.99, TypeIP: 0.99, TypeOGRN: 0.99,
	TypePassport: 0.99, TypePhone: 0.99, TypeSNILS: 0.99, TypeAddress: 0.98, TypePerson: 0.96,
}

// heldout117MaxLeak: target 0.005; 1.719% untuned, 1.396% tuned.
const heldout117MaxLeak = 0.014

func TestHeldout117(t *testing.T) {
	corpusCheck{file: "testdata/heldout117.jsonl", name: "hundred-and-seventeenth held-out corpus", minMessages: 250,
		floors: heldout117Floor, everyType: true, maxLeak: heldout117MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
