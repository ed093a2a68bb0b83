package pii

import "testing"

// testdata/heldout50.jsonl is the fiftieth held-out file: 268 messages (134
// Russian, 134 English; 61 without personal data; 543 gold spans: PERSON
// 293, PHONE 49, ADDRESS 39, EMAIL 35, PASSPORT 28, INN 21, BANK_ACCOUNT
// 17, OGRN 16, IP 16, CARD 15, SNILS 14), written by hand by someone who
// saw neither the engine nor any other labelled file, while the engine was
// tuned on heldout48 and heldout49. It is the CRM of a private driving
// school with a help desk for traffic fines and car registration:
// enrolment forms (passport, SNILS, medical certificate), instructors'
// cards and rosters, lesson and exam schedules at the ГИБДД/МРЭО, payroll
// of instructor-entrepreneurs, refunds, requisites; foreign students
// converting licences (Uzbekistan, Tajikistan, Kyrgyzstan, Armenia, the
// UK, the US, India, Germany, Poland) with national passports such as "FA
// 4471902". Chats, lower-case transcripts with phones, passports and
// addresses spoken in words, letters and complaints, e-mails with
// signatures and quoted history, logs, requisites, rosters. Names in every
// case, initials ("Нуриев Р.Ф.", "I. S. Yershov"), diminutives, lower case,
// names next to cars ("Гранта у Вадима"); titles outside. Negatives: Вера в
// успех, Слава богу, Лада Веста, Will you, Mark my words, Victoria the
// city, a clinic's brand, routes and landmarks with streets but no house;
// fine resolutions and УИН, driving licences, СТС, ПТС and ОСАГО numbers,
// VINs, plates, contract, invoice and ticket numbers, КПП, БИК, ОКПО,
// correspondent accounts, fuel cards, masked cards, a patent number,
// versions shaped like IPs, and an INN, SNILS and account with a wrong
// check digit or key.
//
// The engine was judged on it once, untuned, with rules-2025.30 (engine
// 1.28.0, commit 9933102): BANK_ACCOUNT, CARD, EMAIL, INN, IP, OGRN, PHONE
// and SNILS 1.0, ADDRESS 0.975 and PERSON 0.971 (targets met); PASSPORT
// 0.931 (one missed, three false alarms) misses its target; 1.174% of PII
// characters leaked (98 of 8348: PASSPORT 49, PERSON 38, ADDRESS 11).

// It is no longer held out: after that run its misses (with heldout51's)
// drove rules-2025.31 (engine 1.29.0). With rules-2025.31: PERSON 0.979,
// ADDRESS 0.987, every other type 1.0; leak 0.491% (PERSON 30, ADDRESS 11).

// heldout50Floor guards the tuned level.
var heldout50Floor = map[string]float64{
	TypeBankAccount: 0.99, TypeCard: 0.99, TypeEmail: 0.99, TypeINN: 0.99, TypeIP: 0.99, TypeOGRN: 0.99,
	TypePassport: 0.99, TypePhone: 0.99, TypeSNILS: 0.99, TypeAddress: 0.98, TypePerson: 0.97,
}

// heldout50MaxLeak: target 0.005; 1.174% untuned, 0.491% tuned.
const heldout50MaxLeak = 0.005

func TestHeldout50(t *testing.T) {
	corpusCheck{file: "testdata/heldout50.jsonl", name: "fiftieth held-out corpus", minMessages: 250,
		floors: heldout50Floor, everyType: true, maxLeak: heldout50MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
