package pii

import "testing"

// testdata/heldout730.jsonl is the seven-hundred-and-thirtieth held-out
// file: 280 messages (140 Russian, 140 English; 62 without personal data;
// 519 gold spans: PERSON 277, ADDRESS 64, PHONE 58, EMAIL 38, IP 17,
// PASSPORT 17, INN 13, BANK_ACCOUNT 11, CARD 10, OGRN 7, SNILS 7), written
// by hand by someone who saw neither the engine nor any other labelled file,
// while the engine was tuned on files up to heldout724. It is the CRM of a
// private preschool speech therapy and child psychology centre in Barnaul,
// Biysk and Novoaltaysk: assessments, sessions, parents, specialists,
// reports, payments. Chats between specialists and parents, lower-case call
// transcripts, e-mails with quotes, intake forms, CSV of children, pipe
// tables, webhooks and logs with IPs, OCR'd contracts with birth
// certificates, SMS. Children by diminutive ("Тёмочка", "Бодя"), parents and
// grandparents in one message, specialists by name and patronymic, Kazakh
// and Uzbek names, birth certificates labelled as passports. Negatives:
// cartoon characters and toys ("Лунтик", "Маша и Медведь"), a cat, famous
// children's poets, diagnosis codes, versions like IPs, numbers with wrong
// check digits.
//
// The engine was judged on it once, untuned, with rules-2025.225 (engine
// 1.220.0, commit c6d9353): PASSPORT 0.867 missed its target (birth
// certificates ("III-ТО № 648215") its writer labelled as passports); PERSON
// 0.964, ADDRESS 0.984 and the other types (1.0) met theirs; 2.527% of PII
// characters leaked (236 of 9339: PERSON 58, PASSPORT 78, ADDRESS 100),
// against the target of 0.5%.

// heldout730Floor holds the untuned figures: the targets where met, the measured level where not.
var heldout730Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.866, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout730MaxLeak: target 0.005, missed untuned (2.527%).
const heldout730MaxLeak = 0.026

func TestHeldout730(t *testing.T) {
	corpusCheck{file: "testdata/heldout730.jsonl", name: "seven-hundred-and-thirtieth held-out corpus", minMessages: 250,
		floors: heldout730Floor, everyType: true, maxLeak: heldout730MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
