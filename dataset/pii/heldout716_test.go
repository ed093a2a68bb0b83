package pii

import "testing"

// testdata/heldout716.jsonl is the seven-hundred-and-sixteenth held-out
// file: 280 messages (140 Russian, 140 English; 63 without personal data;
// 522 gold spans: PERSON 276, ADDRESS 65, PHONE 57, EMAIL 36, INN 17, IP 16,
// PASSPORT 16, BANK_ACCOUNT 14, CARD 10, SNILS 8, OGRN 7), written by hand
// by someone who saw neither the engine nor any other labelled file, while
// the engine was tuned on files up to heldout708. It is the CRM of a
// university admissions office and student dormitory administration in
// Tomsk, Novosibirsk and Kemerovo: applications, entrance exams, dormitory
// rooms, international students, scholarships. E-mails with applicants,
// chats, lower-case call transcripts, application forms, CSV of applicants,
// pipe tables, webhooks and logs with IPs, OCR'd passports and contracts,
// SMS. Chinese, Vietnamese, Uzbek, Tajik, Indian and Kazakh students, a name
// and an address in Chinese characters, dormitory rooms labelled as
// addresses ("общежитии №4, комн. 512"), professors labelled, famous
// scientists not, passports said in words. Negatives: exam scores,
// application numbers, versions, numbers with wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.223 (engine
// 1.218.0, commit 245a2f8): PASSPORT 0.968, ADDRESS 0.870 missed their
// targets (a passport said in English words; dormitory rooms, a Tashkent
// block and an address in Chinese); PERSON 0.978, PHONE 0.982 and the other
// types (1.0) met theirs; 7.950% of PII characters leaked (753 of 9472:
// PERSON 70, PHONE 63, PASSPORT 49, ADDRESS 571), against the target of
// 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.224
// (engine 1.219.0), with those of the other files from heldout709 to
// heldout716: none of its own misses; the rules from the other files changed
// none of its figures. Left: dormitory rooms ("общежитии №4, комн. 512",
// older files leave them unlabelled), an address and names in Chinese
// characters, a Tashkent block, and a passport said in English words. Tuned:
// PERSON 0.978, PHONE 0.982, PASSPORT 0.968, ADDRESS 0.870; 7.950% leaked
// (753 of 9472).

// heldout716Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout716Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.967, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.869, TypePerson: 0.92,
}

// heldout716MaxLeak: target 0.005, missed untuned (7.950%), missed tuned (7.950%).
const heldout716MaxLeak = 0.08

func TestHeldout716(t *testing.T) {
	corpusCheck{file: "testdata/heldout716.jsonl", name: "seven-hundred-and-sixteenth held-out corpus", minMessages: 250,
		floors: heldout716Floor, everyType: true, maxLeak: heldout716MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
