package pii

import "testing"

// testdata/heldout471.jsonl is the four-hundred-and-seventy-first held-out
// file: 280 messages (140 Russian, 140 English; 63 without personal data;
// 525 gold spans: PERSON 269, ADDRESS 72, PHONE 58, EMAIL 36, IP 17,
// PASSPORT 17, INN 16, BANK_ACCOUNT 13, CARD 13, OGRN 8, SNILS 6), written
// by hand by someone who saw neither the engine nor any other labelled file,
// while the engine was tuned on files up to heldout464. It is the CRM of a
// language tutoring marketplace for English and Chinese in Moscow,
// Vladivostok and Harbin: tutors' profiles, trial lessons, packages paid by
// card and Alipay, payouts to self-employed tutors, visa support letters,
// complaints, refunds. Chats with students and parents, lower-case call
// transcripts, e-mails with quotes, web forms, CSV tutor lists, pipe tables
// of payouts, platform logs with IPv4 and IPv6, OCR'd contracts, passports
// and visa letters, SMS and WeChat-style messages. Chinese names in Latin,
// Cyrillic and Chinese characters, surname first, students' English names,
// Chinese phones, passports and ID card numbers, Vladivostok and Harbin
// addresses (some in Chinese characters). Negatives: textbook characters (Li
// Lei and Han Meimei), famous people, numbers with wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.189 (engine
// 1.184.0, commit 68f3815): PASSPORT 0.938 missed its target (Chinese ID
// card numbers of eighteen digits labelled as passports; names and addresses
// written in Chinese characters, which the engine does not read); PERSON
// 0.932, PHONE 0.974, ADDRESS 0.949 and the other types (1.0) met theirs;
// 5.979% of PII characters leaked (537 of 8982: PERSON 117, PHONE 47,
// PASSPORT 36, ADDRESS 337), against the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.190
// (engine 1.185.0), with those of the other files from heldout465 to
// heldout472: a caller's surname after the first name before "my" or "how"
// ("this is daniel brooks my son …") and a transliterated Russian surname
// after a given name ("artem kuzmin"). Left: names, addresses and ID numbers
// written in Chinese characters, eighteen-digit Chinese ID cards its writer
// labels as passports, Chinese mobiles without "+", and textbook characters.
// Tuned: PERSON 0.944, PHONE 0.974, PASSPORT 0.938, ADDRESS 0.949; 5.756%
// leaked (517 of 8982).

// heldout471Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout471Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.937, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout471MaxLeak: target 0.005, missed untuned (5.979%), missed tuned (5.756%).
const heldout471MaxLeak = 0.058

func TestHeldout471(t *testing.T) {
	corpusCheck{file: "testdata/heldout471.jsonl", name: "four-hundred-and-seventy-first held-out corpus", minMessages: 250,
		floors: heldout471Floor, everyType: true, maxLeak: heldout471MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
