package pii

import "testing"

// testdata/heldout456.jsonl is the four-hundred-and-fifty-sixth held-out
// file: 280 messages (140 Russian, 140 English; 63 without personal data;
// 516 gold spans: PERSON 272, ADDRESS 68, PHONE 56, EMAIL 36, IP 17, INN 15,
// PASSPORT 15, BANK_ACCOUNT 11, CARD 11, OGRN 8, SNILS 7), written by hand
// by someone who saw neither the engine nor any other labelled file, while
// the engine was tuned on files up to heldout449. It is the CRM of a repair
// service for home appliances and electronics in Omsk, Barnaul and Almaty:
// repair orders, pick-ups, masters' home visits, warranty cases, spare
// parts, payments, complaints, returns. Chats, lower-case call transcripts
// with a home address, entrance, floor and intercom and a phone read out,
// manufacturers' e-mails with quotes, web forms, CSV order registers, pipe
// tables of masters' payouts, service logs, OCR'd warranty cards and
// acceptance acts, SMS. Masters by first name, Almaty microdistricts,
// clients in the dative, passports in acceptance acts, devices named like
// people (Galaxy, Алиса). Negatives: serials, IMEI, warranty and order
// numbers, famous people, numbers with wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.188 (engine
// 1.183.0, commit 030cf3c): PASSPORT 0.929 missed its target (foreign
// passports of nine digits in a table column named "ID document"); PERSON
// 0.982, PHONE 0.991, ADDRESS 0.954 and the other types (1.0) met theirs;
// 3.875% of PII characters leaked (349 of 9007: PERSON 9, PHONE 29, PASSPORT
// 18, ADDRESS 293), against the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.189
// (engine 1.184.0), with those of the other files from heldout450 to
// heldout464: a corner's street named like a person ("угол Тургут Озала"), a
// voice assistant four words after its device ("Яндекс Станция Мини с
// Алисой"), a model's "Max", a month after "starting", and a lower-case
// street named for a person ("abay avenue"). Left: foreign passports of nine
// digits under a column for ID documents, a street alone after "на", a
// transliterated street without a keyword, and a famous inventor. Tuned:
// PERSON 0.991, PHONE 0.991, PASSPORT 0.929, ADDRESS 0.970; 3.131% leaked
// (282 of 9007).

// heldout456Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout456Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.928, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout456MaxLeak: target 0.005, missed untuned (3.875%), missed tuned (3.131%).
const heldout456MaxLeak = 0.032

func TestHeldout456(t *testing.T) {
	corpusCheck{file: "testdata/heldout456.jsonl", name: "four-hundred-and-fifty-sixth held-out corpus", minMessages: 250,
		floors: heldout456Floor, everyType: true, maxLeak: heldout456MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
