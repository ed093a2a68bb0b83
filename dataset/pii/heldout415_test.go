package pii

import "testing"

// testdata/heldout415.jsonl is the four-hundred-and-fifteenth held-out file:
// 280 messages (140 Russian, 140 English; 63 without personal data; 523 gold
// spans: PERSON 271, ADDRESS 68, PHONE 57, EMAIL 39, IP 18, PASSPORT 17, INN
// 14, BANK_ACCOUNT 13, CARD 13, SNILS 7, OGRN 6), written by hand by someone
// who saw neither the engine nor any other labelled file, while the engine
// was tuned on files up to heldout411. It is the CRM of a recruitment agency
// for IT and warehouse staff in Moscow, St Petersburg, Minsk and Almaty:
// CVs, interviews, offers, employers' requests, background checks,
// relocation, migrants' work permits and patents, onboarding documents with
// passports, SNILS, INN and salary accounts, complaints. Chats, lower-case
// call transcripts with phones and addresses in words, e-mails with headers,
// quotes and signatures, web application forms, SMS, CSV pipelines, pipe
// interview tables, ATS logs, pasted CVs, OCR'd passports and patents.
// London and Berlin addresses in English CVs, surnames that are words
// (Кузнец, Волк, Жук, Baker, Gold), Uzbek, Tajik and Kazakh names, GitHub
// handles left unlabelled. Negatives: vacancy, request and patent numbers,
// salaries, КПП, БИК, к/с, SWIFT, IBAN, masked cards, versions and a subnet
// mask, famous founders, numbers with wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.176 (engine
// 1.171.0, commit 5730e8d): PASSPORT 0.938 missed its target (a Kazakh ID
// card and an Uzbek passport on a patent's scan); PERSON 0.965, ADDRESS
// 0.993, IP 0.973 and the other types (1.0) met theirs; 2.293% of PII
// characters leaked (213 of 9287: PERSON 88, PASSPORT 19, ADDRESS 106),
// against the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.177
// (engine 1.172.0), with those of the other files from heldout412 to
// heldout415: a patent's abbreviated identity document field ("ДОК. УДОСТ.
// ЛИЧНОСТЬ: AD 0914477") and a proyezd ("6 Proyektiruemy Proyezd, Khimki").
// Left: a Kazakh ID card in Kazakh, surnames that are words (Волк, Жук),
// famous founders taken for people, and an ATS version read as an IP. Tuned:
// PERSON 0.965, PASSPORT 0.9697, IP 0.973; 1.777% leaked (165 of 9287).

// heldout415Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout415Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.969, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout415MaxLeak: target 0.005, missed untuned (2.293%), missed tuned (1.777%).
const heldout415MaxLeak = 0.018

func TestHeldout415(t *testing.T) {
	corpusCheck{file: "testdata/heldout415.jsonl", name: "four-hundred-and-fifteenth held-out corpus", minMessages: 250,
		floors: heldout415Floor, everyType: true, maxLeak: heldout415MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
