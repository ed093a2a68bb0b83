package pii

import "testing"

// testdata/heldout111.jsonl is the hundred-and-eleventh held-out file: 283
// messages (143 Russian, 140 English; 63 without personal data; 599 gold
// spans: PERSON 379, PHONE 55, EMAIL 35, ADDRESS 28, IP 22, CARD 18,
// PASSPORT 18, BANK_ACCOUNT 15, INN 15, OGRN 7, SNILS 7), written by hand
// by someone who saw neither the engine nor any other labelled file, while
// the engine was tuned on heldout108 and heldout109. It is the CRM of an
// online tutoring marketplace for schoolchildren (ЕГЭ, ОГЭ, ЕНТ, IELTS,
// languages, maths, music) in Russia, Kazakhstan and Armenia with tutors
// worldwide: parents' requests, trial lessons across time zones, progress
// reports, tutors' applications and ID checks, payouts, refunds,
// chargebacks, subscriptions, complaints, child-safety reports, deletion
// requests. Chats, lower-case call transcripts, e-mails with headers,
// quotes, forwards and signatures, forms, CSV and pipe tables, OCR'd
// passports, diplomas and receipts, platform, video-call, payment, SMS and
// login logs. Children and parents sharing a surname, namesakes, first
// name and patronymic, diminutives (Ванечка, Артурчик, Nikki), lower-case
// names, Kazakh and Armenian names in both alphabets, names that are also
// words both ways (Вера, Надежда, Любовь, Слава, Grace, Hope, Joy, Will,
// Art). Addresses for lessons at home in Russia, Kazakhstan, Armenia, the
// UK, the US and France. Negatives: orders, tickets, refunds, RRNs, PNRs,
// SKUs, a VIN, a plate, ОМС, КПП, БИК, ОКПО, correspondent accounts, a DBS
// reference, diploma numbers, masked cards, IP-shaped versions, numbers
// with a wrong check digit.
//
// The engine was judged on it once, untuned, with rules-2025.65 (engine
// 1.63.0, commit 0d12da3): every type met its target (PERSON 0.964, IP
// 0.978, the others 1.0); 1.281% of PII characters leaked (111 of 8667,
// all PERSON: lower-case names that are also words, diminutives, Armenian
// first names alone), against the target of 0.5%.
//
// It is no longer held out: after that run its misses (with heldout110's)
// drove rules-2025.66 (engine 1.64.0): pupils, children and tutors as
// roles before a name ("Ученица Полина"), "-чик" forms of male first
// names (Артурчик), Armenian first names, documents named after a role
// ("the Tutor Agreement"), an app's logged version ("app=3.12.0.4"), an
// ambiguous first name before "teaches" or "will". With rules-2025.66:
// PERSON 0.977, the other types 1.0; leak 0.842% (73 of 8667, all PERSON).

// heldout111Floor guards the tuned level.
var heldout111Floor = map[string]float64{
	TypeBankAccount: 0.99, TypeCard: 0.99, TypeEmail: 0.99, TypeINN: 0.99, TypeIP: 0.99, TypeOGRN: 0.99,
	TypePassport: 0.99, TypePhone: 0.99, TypeSNILS: 0.99, TypeAddress: 0.99, TypePerson: 0.97,
}

// heldout111MaxLeak: target 0.005; 1.281% untuned, 0.842% tuned.
const heldout111MaxLeak = 0.009

func TestHeldout111(t *testing.T) {
	corpusCheck{file: "testdata/heldout111.jsonl", name: "hundred-and-eleventh held-out corpus", minMessages: 250,
		floors: heldout111Floor, everyType: true, maxLeak: heldout111MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
