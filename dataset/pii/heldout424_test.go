package pii

import "testing"

// testdata/heldout424.jsonl is the four-hundred-and-twenty-fourth held-out
// file: 280 messages (140 Russian, 140 English; 64 without personal data;
// 531 gold spans: PERSON 276, ADDRESS 75, PHONE 56, EMAIL 37, IP 17,
// PASSPORT 17, BANK_ACCOUNT 13, CARD 13, INN 13, OGRN 7, SNILS 7), written
// by hand by someone who saw neither the engine nor any other labelled file,
// while the engine was tuned on files up to heldout422. It is the CRM of a
// mobile operator's customer support in Moscow, Ufa and Vladivostok: SIM
// replacements with passport checks, number porting, tariffs and roaming,
// disputed charges, lost phones and blocked SIMs, eSIM activation, corporate
// contracts, coverage complaints at home addresses, fraud reports. Support
// chats, lower-case call transcripts with phones and addresses in words,
// e-mails with headers, quotes and signatures, web forms, SMS notifications,
// CSV call detail records, pipe tables of porting requests, billing and HLR
// logs, OCR'd passports. Phones of clients, relatives and fraudsters, some
// in E.164 without "+" (Russian, Chinese, Japanese), foreign passports and
// ID cards, lower-case surnames, the town Артём inside an address.
// Negatives: ICCID, IMSI, IMEI and EID, short numbers and USSD codes, tariff
// names, order and КУСП numbers, КПП, БИК, к/с, masked cards, famous people,
// numbers with wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.179 (engine
// 1.174.0, commit 0dd7803): PHONE 0.964, PASSPORT 0.938 missed their targets
// (a Turkish and a British passport number after their country's word, and
// phones in E.164 without "+"); PERSON 0.982, ADDRESS 0.959 and the other
// types (1.0) met theirs; 2.922% of PII characters leaked (285 of 9755:
// PERSON 8, PHONE 36, PASSPORT 24, ADDRESS 217), against the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.180
// (engine 1.175.0), with those of the other files from heldout423 to
// heldout426: a log's msisdn_from= key and its "esme=" key, no longer a
// name, and an invoice's year and serial ("invoice 2024-880") no longer a
// phone. Left: phones in E.164 without "+" (Chinese, Japanese), foreign
// passports after their country's word, a German ID card of letters and
// digits, and addresses with an abbreviated admiral. Tuned: PERSON 0.984,
// PHONE 0.982 (now met), PASSPORT 0.938, ADDRESS 0.959; 2.809% leaked (274
// of 9755).

// heldout424Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout424Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.937, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout424MaxLeak: target 0.005, missed untuned (2.922%), missed tuned (2.809%).
const heldout424MaxLeak = 0.029

func TestHeldout424(t *testing.T) {
	corpusCheck{file: "testdata/heldout424.jsonl", name: "four-hundred-and-twenty-fourth held-out corpus", minMessages: 250,
		floors: heldout424Floor, everyType: true, maxLeak: heldout424MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
