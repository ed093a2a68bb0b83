package pii

import "testing"

// testdata/heldout181.jsonl is the hundred-and-eighty-first held-out file:
// 282 messages (141 Russian, 141 English; 63 without personal data; 570
// gold spans: PERSON 274, PHONE 75, ADDRESS 52, PASSPORT 36, EMAIL 35, IP
// 24, CARD 20, INN 19, BANK_ACCOUNT 17, OGRN 11, SNILS 7), written by hand
// by someone who saw neither the engine nor any other labelled file, while
// the engine was tuned on heldout178 and heldout179. It is the CRM of a
// recruitment agency placing drivers and warehouse workers from Russia,
// Belarus, Uzbekistan and Kyrgyzstan with employers in Poland, Lithuania
// and Germany: applications, passport and permit checks, medical checks,
// visas, housing abroad, card salary payouts, fees and refunds with Russian
// requisites, complaints, deletion requests, employers' contacts. Chats,
// WhatsApp and SMS, lower-case call transcripts, e-mails with headers,
// quotes, forwards and signatures, web forms, OCR'd passports, CSV, pipe
// and semicolon tables of candidates, job-board, audit and access logs.
// Uzbek, Kyrgyz and Kazakh names (-улы, кызы, уулу), Polish and Lithuanian
// names with diacritics, Russian names in every case form, names in
// capitals, titles outside (Herr, Pani); companies named after people and
// names that are also words unlabelled; Polish, Lithuanian, German,
// Belarusian, Kyrgyz and Uzbek addresses. Negatives: application, permit,
// contract, invoice, claim, ticket, booking and tracking numbers, a VIN,
// plates, ОМС, a Polish NIP, driving licences shaped like passports,
// masked cards, an IP-shaped version, vacancy codes, wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.109 (engine
// 1.107.0, commit dba0eb2): PASSPORT 0.839 (Uzbek, Kyrgyz and Belarusian
// passports, two letters and seven digits, in pipe rows of candidates with
// no word for them) missed its target, ADDRESS 0.940 (Lithuanian "g." and
// Polish "m." units), PERSON 0.971, EMAIL 0.986 and the other types (1.0)
// met theirs; 3.994% of PII characters leaked (369 of 9238: ADDRESS 179,
// PASSPORT 106, PERSON 84), against the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.110
// (engine 1.108.0), with those of heldout180: a passport's letters and
// digits in a pipe row of people, a Kyrgyz name in Latin letters ("Bolot
// uulu Nurbek"). With rules-2025.110: PASSPORT 0.941, PERSON 0.982,
// ADDRESS 0.940, EMAIL 0.986, the others 1.0; leak 3.215% (297 of 9238:
// ADDRESS 179, PERSON 72, PASSPORT 46).

// heldout181Floor guards the tuned level.
var heldout181Floor = map[string]float64{
	TypeBankAccount: 0.99, TypeCard: 0.99, TypeEmail: 0.98, TypeINN: 0.99, TypeIP: 0.99, TypeOGRN: 0.99,
	TypePassport: 0.94, TypePhone: 0.99, TypeSNILS: 0.99, TypeAddress: 0.94, TypePerson: 0.98,
}

// heldout181MaxLeak: target 0.005; 3.994% untuned, 3.215% tuned.
const heldout181MaxLeak = 0.033

func TestHeldout181(t *testing.T) {
	corpusCheck{file: "testdata/heldout181.jsonl", name: "hundred-and-eighty-first held-out corpus", minMessages: 250,
		floors: heldout181Floor, everyType: true, maxLeak: heldout181MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
