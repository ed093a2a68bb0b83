package pii

import "testing"

// testdata/heldout430.jsonl is the four-hundred-and-thirtieth held-out file:
// 280 messages (140 Russian, 140 English; 64 without personal data; 542 gold
// spans: PERSON 276, ADDRESS 72, PHONE 58, EMAIL 39, CARD 17, INN 17, IP 17,
// PASSPORT 17, BANK_ACCOUNT 15, OGRN 7, SNILS 7), written by hand by someone
// who saw neither the engine nor any other labelled file, while the engine
// was tuned on files up to heldout428. It is the CRM of a language school
// and exam centre (IELTS, ЕГЭ tutoring) in Moscow, Yekaterinburg and Astana:
// enrolments of adults and teenagers, placement tests, group schedules,
// tutors' payouts as self-employed with their INN, visa support letters with
// passports, parents paying for children, online lesson links, certificates.
// Chats, lower-case call transcripts with phones dictated in groups and
// e-mails spelled out ("собака", "точка"), formal e-mails with signatures,
// web forms, CSV group lists, pipe tables of payouts, JSON webhooks from a
// payment gateway, OCR'd passport pages, server logs. Kazakh names,
// teenagers named with a parent, English teachers by title, names that are
// words (Вера, Надежда, Роза, Лев). Negatives: Kazakh IINs, group codes,
// exam registration and certificate numbers, rooms, times, prices, famous
// authors, numbers with wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.182 (engine
// 1.177.0, commit 88423b2): EMAIL 0.933, PASSPORT 0.9697 missed their
// targets (e-mails dictated in words, letter by letter or with "собака" and
// "точка"; a passport read out in words); PERSON 0.969, ADDRESS 0.972 and
// the other types (1.0) met theirs; 4.712% of PII characters leaked (476 of
// 10101: PERSON 67, EMAIL 167, PASSPORT 69, ADDRESS 173), against the target
// of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.183
// (engine 1.178.0), with those of the other files from heldout429 to
// heldout432: a surname two spaces after its OCR'd label ("Surname
// WHITMORE") and a name before ", ID card" no longer read as a city in
// Idaho. Left: e-mails dictated in words, a passport read out in words,
// "CHEN/LIWEI", famous people, and addresses written unit first. Tuned:
// PERSON 0.973, EMAIL 0.933, PASSPORT 0.9697, ADDRESS 0.972; 4.405% leaked
// (445 of 10101).

// heldout430Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout430Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.933, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.969, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout430MaxLeak: target 0.005, missed untuned (4.712%), missed tuned (4.405%).
const heldout430MaxLeak = 0.045

func TestHeldout430(t *testing.T) {
	corpusCheck{file: "testdata/heldout430.jsonl", name: "four-hundred-and-thirtieth held-out corpus", minMessages: 250,
		floors: heldout430Floor, everyType: true, maxLeak: heldout430MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
