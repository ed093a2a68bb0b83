package pii

import "testing"

// testdata/heldout295.jsonl is the two-hundred-and-ninety-fifth held-out
// file: 273 messages (136 Russian, 137 English; 65 without personal data;
// 545 gold spans: PERSON 262, PHONE 95, EMAIL 47, PASSPORT 38, ADDRESS 33,
// INN 19, IP 16, BANK_ACCOUNT 14, OGRN 9, CARD 8, SNILS 4), written by
// hand by someone who saw neither the engine nor any other labelled file,
// while the engine was tuned on heldout284 to heldout291.
// It is the CRM of a freight forwarder and customs broker importing from
// China and Turkey into Moscow, Novosibirsk and Vladivostok: shipments and
// containers, consignee requisites, driver and pass lists, warehouse
// addresses, customs declarations, payments and refunds, damaged-cargo
// claims, complaints, deletion and access requests. Chats, SMS, lower-case
// call transcripts, e-mails with headers, quotes, forwards and signatures,
// web forms, invoices and requisites, CSV, pipe and semicolon driver
// tables, OCR'd Russian and Kyrgyz passports, TMS, acquiring and payment
// logs. Chinese names in pinyin and Cyrillic, Turkish names with
// diacritics, Kyrgyz, Kazakh and Uzbek drivers with foreign passports and
// ID cards, "Surname, Given" order, every case form, names that are also
// words used both ways. Negatives: container, B/L, AWB, CMR and
// declaration numbers, HS codes, VINs, plates, КПП, БИК, ОКПО, КБК,
// treasury accounts, masked cards, versions shaped like IPs, wrong check
// digits.
//
// The engine was judged on it once, untuned, with rules-2025.150 (engine
// 1.145.0, commit e4f3503): PASSPORT 0.944 (Kazakh passports and ID cards,
// "N04718834") and IP 0.968 (a private server address) missed their
// targets; EMAIL 0.979 (the broker's own mailboxes, left unlabelled, were
// reported), PERSON 0.972 and the other types (1.0) met theirs; 1.005% of
// PII characters leaked (88 of 8757: PERSON 39, PASSPORT 36, IP 13),
// against the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.151
// (engine 1.146.0), with those of the other files from heldout284 to
// heldout295: identity cards as passports ("удостоверение личности РК
// N07218840", "Kazakhstan ID N05527713"). Tuned: PASSPORT 0.987 (now met),
// IP as untuned; 0.594% leaked (52 of 8757).

// heldout295Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout295Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.96, TypeOGRN: 0.97,
	TypePassport: 0.97, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout295MaxLeak: target 0.005, missed untuned (1.005%), missed tuned (0.594%).
const heldout295MaxLeak = 0.006

func TestHeldout295(t *testing.T) {
	corpusCheck{file: "testdata/heldout295.jsonl", name: "two-hundred-and-ninety-fifth held-out corpus", minMessages: 250,
		floors: heldout295Floor, everyType: true, maxLeak: heldout295MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
