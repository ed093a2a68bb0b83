package pii

import "testing"

// testdata/heldout650.jsonl is the six-hundred-and-fiftieth held-out file:
// 280 messages (140 Russian, 140 English; 62 without personal data; 541 gold
// spans: PERSON 278, ADDRESS 72, PHONE 56, EMAIL 39, IP 18, INN 17, PASSPORT
// 17, BANK_ACCOUNT 15, CARD 13, OGRN 8, SNILS 8), written by hand by someone
// who saw neither the engine nor any other labelled file, while the engine
// was tuned on files up to heldout644. It is the CRM of an English-language
// school for adults and corporate clients in Moscow, Minsk and Tbilisi:
// placement tests, group schedules, corporate contracts, invoices, teacher
// substitutions. Chats in mixed Russian and English, lower-case call
// transcripts, e-mails with quotes and signatures, web forms, CSV students,
// pipe tables of groups, webhooks and logs, OCR'd contracts with passports,
// INN and accounts, SMS. Irish, English and Australian teachers, Georgian
// and Belarusian names and addresses in both alphabets and in Belarusian
// spelling, English possessives ("Maria's group"), names in their cases and
// capitals, Georgian and Belarusian phones, phones and addresses said in
// words. Negatives: course books and their authors, famous people and
// characters, metro stations, masked cards, a Zoom ID, versions, numbers
// with wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.215 (engine
// 1.210.0, commit 31625ed): SNILS 0.933, PASSPORT 0.938 missed their targets
// (a SNILS of eleven digits alone in a list; Georgian ID numbers of two
// digits, two letters and five digits); PERSON 0.960, ADDRESS 0.986, IP
// 0.971 and the other types (1.0) met theirs; 2.620% of PII characters
// leaked (253 of 9658: PERSON 97, SNILS 11, PASSPORT 18, ADDRESS 114, IP
// 13), against the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.216
// (engine 1.211.0), with those of the other files from heldout645 to
// heldout652: an IP closing a sentence ("client_ip=83.220.236.14. One
// refund"), Australian and Irish given names ("Лахлана", "Bronwyn") and a
// writer named with her first name ("Агаты Кристи"). Left: Georgian ID
// numbers, a SNILS alone in a list, an Irish address with its Eircode, and a
// teacher's surname alone. Tuned: PERSON 0.986, SNILS 0.933, PASSPORT 0.938,
// ADDRESS 0.986; 1.677% leaked (162 of 9658).

// heldout650Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout650Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.937, TypePhone: 0.97, TypeSNILS: 0.933, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout650MaxLeak: target 0.005, missed untuned (2.620%), missed tuned (1.677%).
const heldout650MaxLeak = 0.017

func TestHeldout650(t *testing.T) {
	corpusCheck{file: "testdata/heldout650.jsonl", name: "six-hundred-and-fiftieth held-out corpus", minMessages: 250,
		floors: heldout650Floor, everyType: true, maxLeak: heldout650MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
