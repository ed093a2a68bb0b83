package pii

import "testing"

// testdata/heldout156.jsonl is the hundred-and-fifty-sixth held-out file:
// 271 messages (138 Russian, 133 English; 60 without personal data; 511
// gold spans: PERSON 343, PHONE 45, ADDRESS 36, EMAIL 28, INN 18, PASSPORT
// 13, IP 12, CARD 11, BANK_ACCOUNT 11, OGRN 7, SNILS 7), written by hand by
// someone who saw neither the engine nor any other labelled file, while the
// engine was tuned on heldout154 and heldout155. It is the CRM of a driving
// school with branches in Nizhny Novgorod and Kazan: enrolment contracts
// and forms, parents' consent for teenage students, theory classes,
// driving lessons, internal and ГИБДД exams, instalments, refunds,
// instructors' payroll (self-employed and sole traders), complaints,
// consent withdrawals and deletion requests; international students and
// expat parents on the English side. Chats, lower-case call transcripts,
// e-mails with headers, quotes, forwards and signatures, CSV, semicolon and
// pipe tables, OCR'd passports and medical certificates, LMS, booking and
// audit logs, SMS. Instructors by first name and patronymic, diminutives,
// every case form, initials, lower-case and capitalised names labelled;
// cars next to names, meeting points named after people (памятник Пушкину,
// площадь Минина) unlabelled; names that are also words both ways.
// Negatives: contract, group, certificate, ticket, invoice, lesson and
// booking numbers, plates, VINs, ОСАГО, ОМС, КПП, БИК, ОКПО, correspondent
// accounts, RRNs, a driving licence, a migration card, masked cards,
// IP-shaped versions, wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.89 (engine
// 1.87.0, commit 3620003): IP 0.960 (a firmware version read as an
// address) and OGRN 0.923 (a sole trader's OGRNIP named only "правильный"
// after a typo) missed their targets, PERSON 0.929, ADDRESS 0.959 and the
// other types (1.0) met theirs; 2.655% of PII characters leaked (204 of
// 7684: PERSON 175, OGRN 15, ADDRESS 14), against the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.90
// (engine 1.88.0), with those of heldout154, 155 and 157: surnames opening
// a list's items before a dash ("1) Голованов — 78%"), streets after a
// preposition ("на Белинского"), a lesson's topic ("Тема 7."), surnames
// alone in the dative and the instrumental. With rules-2025.90: PERSON
// 0.950, ADDRESS 0.959, IP 0.960, OGRN 0.923, the others 1.0; leak 1.965%
// (151 of 7684: PERSON 122, OGRN 15, ADDRESS 14).

// heldout156Floor guards the tuned level.
var heldout156Floor = map[string]float64{
	TypeBankAccount: 0.99, TypeCard: 0.99, TypeEmail: 0.99, TypeINN: 0.99, TypeIP: 0.96, TypeOGRN: 0.92,
	TypePassport: 0.99, TypePhone: 0.99, TypeSNILS: 0.99, TypeAddress: 0.95, TypePerson: 0.94,
}

// heldout156MaxLeak: target 0.005; 2.655% untuned, 1.965% tuned.
const heldout156MaxLeak = 0.02

func TestHeldout156(t *testing.T) {
	corpusCheck{file: "testdata/heldout156.jsonl", name: "hundred-and-fifty-sixth held-out corpus", minMessages: 250,
		floors: heldout156Floor, everyType: true, maxLeak: heldout156MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
