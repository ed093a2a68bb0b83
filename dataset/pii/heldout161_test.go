package pii

import "testing"

// testdata/heldout161.jsonl is the hundred-and-sixty-first held-out file:
// 281 messages (140 Russian, 141 English; 59 without personal data; 497
// gold spans: PERSON 275, PHONE 68, ADDRESS 55, EMAIL 32, PASSPORT 14,
// CARD 12, IP 12, INN 11, BANK_ACCOUNT 8, OGRN 6, SNILS 4), written by hand
// by someone who saw neither the engine nor any other labelled file, while
// the engine was tuned on heldout158 and heldout159. It is the CRM of a
// phone and laptop repair chain with device trade-in: repair orders,
// diagnostics, spare parts, courier pickup and delivery, warranty claims,
// trade-in purchases with passports and card payouts, payments and refunds,
// corporate contracts with requisites, data recovery, complaints, deletion
// requests. Chats, lower-case call transcripts, e-mails with headers,
// quotes, forwards and signatures, forms, CSV, semicolon and pipe tables
// of devices, OCR'd passports and trade-in acts, POS, service-desk, login
// and security logs with IPv4 and IPv6, SMS. Every case form,
// diminutives, staff by first name, initials, names in capitals, lower-case
// names labelled, titles outside; devices (Honor, Galaxy, Poco) and phone
// contacts that are no names («Мама», "Hubby") unlabelled, a town (Лида);
// names that are also words both ways. Negatives: order, ticket, claim,
// contract and waybill numbers, IMEIs (Luhn-valid, 15 digits) and serials,
// SKUs, masked cards, КПП, БИК, ОКПО, correspondent accounts, ОМС, a plate,
// IP-shaped firmware versions, wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.91 (engine
// 1.89.0, commit 12620c5): EMAIL 0.941 and IP 0.923 missed their targets
// (the firm's own addresses and two internal IPs in logs, which the writer
// left unlabelled against the brief), PHONE 0.985 (bare numbers answering
// "which number?"), PERSON 0.958 and the other types (1.0) met theirs;
// 2.257% of PII characters leaked (183 of 8108: PERSON 102, ADDRESS 53,
// PHONE 22, PASSPORT 6), against the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.92
// (engine 1.90.0), with those of heldout160: chat turns inside a line
// ("Team chat — Hope: …", "| Mark: …"), Apple Pay and Google Pay. With
// rules-2025.92: PERSON 0.965, PHONE 0.985, EMAIL 0.941, IP 0.923, the
// others 1.0; leak 2.158% (175 of 8108: PERSON 94, ADDRESS 53, PHONE 22,
// PASSPORT 6).

// heldout161Floor guards the tuned level.
var heldout161Floor = map[string]float64{
	TypeBankAccount: 0.99, TypeCard: 0.99, TypeEmail: 0.94, TypeINN: 0.99, TypeIP: 0.92, TypeOGRN: 0.99,
	TypePassport: 0.99, TypePhone: 0.98, TypeSNILS: 0.99, TypeAddress: 0.99, TypePerson: 0.96,
}

// heldout161MaxLeak: target 0.005; 2.257% untuned, 2.158% tuned.
const heldout161MaxLeak = 0.022

func TestHeldout161(t *testing.T) {
	corpusCheck{file: "testdata/heldout161.jsonl", name: "hundred-and-sixty-first held-out corpus", minMessages: 250,
		floors: heldout161Floor, everyType: true, maxLeak: heldout161MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
