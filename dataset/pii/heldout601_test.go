package pii

import "testing"

// testdata/heldout601.jsonl is the six-hundred-and-first held-out file: 280
// messages (140 Russian, 140 English; 62 without personal data; 535 gold
// spans: PERSON 276, ADDRESS 71, PHONE 57, EMAIL 38, IP 18, PASSPORT 17, INN
// 16, CARD 14, BANK_ACCOUNT 13, OGRN 8, SNILS 7), written by hand by someone
// who saw neither the engine nor any other labelled file, while the engine
// was tuned on files up to heldout596. It is the CRM of a rotation workers'
// recruitment agency and hostel operator in Novy Urengoy, Surgut and Nadym:
// vacancies, medical checks, tickets to the site, hostel beds, salary
// advances, fines, disputes. Chats with workers, lower-case call transcripts
// with a bad connection, SMS, web application forms, CSV shift lists, pipe
// tables of advances, webhooks and logs, OCR'd contracts and passports of
// Russia, Kyrgyzstan, Uzbekistan and Tajikistan, e-mails with quotes.
// Central Asian names with uulu and o'g'li, names spelled by syllables,
// foremen by nickname, names in their cases and in capitals with slashes,
// hostel rooms inside addresses, addresses in Kyrgyzstan, Uzbekistan and
// Tajikistan, phones of those countries said in words with pauses.
// Negatives: work sites with no street, patents, train and flight numbers,
// booking codes, famous people, masked cards, codes, numbers with wrong
// check digits.
//
// The engine was judged on it once, untuned, with rules-2025.209 (engine
// 1.204.0, commit 64c60b5): PHONE 0.954, PASSPORT 0.9697 missed their
// targets (phones said in words with pauses between groups; a Kyrgyz ID
// card's letters and digits under a name in capitals); PERSON 0.969, ADDRESS
// 0.926, IP 0.971 and the other types (1.0) met theirs; 10.726% of PII
// characters leaked (972 of 9062: PERSON 123, PHONE 411, PASSPORT 9, ADDRESS
// 420, IP 9), against the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.210
// (engine 1.205.0), with those of the other files from heldout597 to
// heldout604: mobiles said in words with pauses between groups ("eight nine
// two two... zero five five...", "плюс девять девять восемь девяносто три...
// сто двенадцать...") and a northern town (Надым) no longer a person. Left:
// foremen's nicknames, names spelled by syllables, a Kyrgyz ID card's
// number, and addresses said in words with pauses. Tuned: PERSON 0.970,
// PHONE 1.0 (now met), PASSPORT 0.9697, ADDRESS 0.926, IP 0.971; 6.345%
// leaked (575 of 9062).

// heldout601Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout601Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.969, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout601MaxLeak: target 0.005, missed untuned (10.726%), missed tuned (6.345%).
const heldout601MaxLeak = 0.064

func TestHeldout601(t *testing.T) {
	corpusCheck{file: "testdata/heldout601.jsonl", name: "six-hundred-and-first held-out corpus", minMessages: 250,
		floors: heldout601Floor, everyType: true, maxLeak: heldout601MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
