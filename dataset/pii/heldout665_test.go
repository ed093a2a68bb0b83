package pii

import "testing"

// testdata/heldout665.jsonl is the six-hundred-and-sixty-fifth held-out
// file: 280 messages (140 Russian, 140 English; 64 without personal data;
// 522 gold spans: PERSON 275, ADDRESS 70, PHONE 55, EMAIL 35, IP 17,
// PASSPORT 17, INN 16, BANK_ACCOUNT 12, CARD 11, OGRN 7, SNILS 7), written
// by hand by someone who saw neither the engine nor any other labelled file,
// while the engine was tuned on files up to heldout660. It is the CRM of a
// fitness equipment and home gym installation company in Moscow, St
// Petersburg and Kazan: orders, assembly visits, warranty repairs, corporate
// gyms. Chats, lower-case call transcripts, e-mails with quotes, order
// forms, CSV installation schedules, pipe tables, webhooks and logs, OCR'd
// contracts and an act with INN, OGRNIP, accounts and passports, SMS.
// Installers by first name and nickname, corporate clients' contact persons,
// business-centre addresses with floors and offices, expats with foreign
// phones and passports, names in their cases and in capitals with slashes,
// phones and addresses said in words. Negatives: equipment brands and
// exercises named after people ("машина Смита", Kettler, Bowflex), famous
// bodybuilders and sportsmen, a pet, versions, masked cards, numbers with
// wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.217 (engine
// 1.212.0, commit 531729f): INN 0.968, OGRN 0.923 missed their targets (an
// entrepreneur's INN and OGRNIP glued to their colons in an act's noisy
// header); PERSON 0.984 and the other types (1.0) met theirs; 0.712% of PII
// characters leaked (70 of 9829: PERSON 13, INN 12, OGRN 15, ADDRESS 30),
// against the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.218
// (engine 1.213.0), with those of the other files from heldout661 to
// heldout668: an entrepreneur's INN and OGRNIP glued to their colons
// ("ИНН:160141884709"). Left: exercises and machines named after people and
// a famous weightlifter. Tuned: INN 1.0 (now met), OGRN 1.0 (now met),
// PERSON 0.984; 0.438% leaked (43 of 9829).

// heldout665Floor holds the tuned figures: the targets, all met.
var heldout665Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.97, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout665MaxLeak: target 0.005, missed untuned (0.712%), met tuned (0.438%).
const heldout665MaxLeak = 0.005

func TestHeldout665(t *testing.T) {
	corpusCheck{file: "testdata/heldout665.jsonl", name: "six-hundred-and-sixty-fifth held-out corpus", minMessages: 250,
		floors: heldout665Floor, everyType: true, maxLeak: heldout665MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
