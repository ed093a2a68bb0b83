package pii

import "testing"

// testdata/heldout717.jsonl is the seven-hundred-and-seventeenth held-out
// file: 280 messages (140 Russian, 140 English; 62 without personal data;
// 535 gold spans: PERSON 277, ADDRESS 73, PHONE 57, EMAIL 36, IP 17,
// PASSPORT 17, INN 16, BANK_ACCOUNT 14, CARD 13, OGRN 8, SNILS 7), written
// by hand by someone who saw neither the engine nor any other labelled file,
// while the engine was tuned on files up to heldout716. It is the CRM of a
// private medical centre for occupational health check-ups serving factories
// in Magnitogorsk, Zlatoust and Miass: periodic examinations, employer
// contracts, workers' lists, results, invoices. E-mails with HR departments,
// chats, lower-case call transcripts, referral forms, CSV of workers, pipe
// and tab tables, webhooks and logs with IPs, OCR'd contracts and passports,
// SMS. Workers' lists with surnames and initials in columns, jobs that are
// also surnames ("Токарь А.А." beside the job), doctors in their cases,
// workshops by their street, SNILS in four formats, names in capitals from
// HR exports, lone patronymics, HR phones broken into pieces and over a
// line, Bashkir and Tatar names. Negatives: famous doctors, versions like
// IPs, numbers with wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.224 (engine
// 1.219.0, commit 4a16f9e): PHONE 0.955, PASSPORT 0.9697 missed their
// targets (landlines broken by a dash, a line or a pause; an OCR'd
// passport's "№" read as "Ng"); PERSON 0.967, ADDRESS 0.979 and the other
// types (1.0) met theirs; 4.108% of PII characters leaked (414 of 10079:
// PERSON 105, PHONE 104, PASSPORT 15, ADDRESS 190), against the target of
// 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.225
// (engine 1.220.0), with those of the other files from heldout717 to
// heldout724: none of its own misses; the rules from the other files changed
// none of its figures. Left: landlines broken by a dash or a line, an OCR'd
// passport's "№" read as "Ng", lower-case Bashkir and Tatar surnames in
// lists read out, and a job that is also a surname ("Токарь"). Tuned: PERSON
// 0.967, PHONE 0.955, PASSPORT 0.9697, ADDRESS 0.979; 4.108% leaked (414 of
// 10079).

// heldout717Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout717Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.969, TypePhone: 0.954, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout717MaxLeak: target 0.005, missed untuned (4.108%), missed tuned (4.108%).
const heldout717MaxLeak = 0.042

func TestHeldout717(t *testing.T) {
	corpusCheck{file: "testdata/heldout717.jsonl", name: "seven-hundred-and-seventeenth held-out corpus", minMessages: 250,
		floors: heldout717Floor, everyType: true, maxLeak: heldout717MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
