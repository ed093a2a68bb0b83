package pii

import "testing"

// testdata/heldout323.jsonl is the three-hundred-and-twenty-third
// held-out file: 280 messages (140 Russian, 140 English; 59 without
// personal data; 526 gold spans: PERSON 290, PHONE 65, EMAIL 50, ADDRESS
// 32, IP 20, INN 14, PASSPORT 14, CARD 13, SNILS 11, BANK_ACCOUNT 9, OGRN
// 8), written by hand by someone who saw neither the engine nor any other
// labelled file, while the engine was tuned on heldout316 to heldout319.
// It is the CRM of a charity foundation in Moscow, Nizhny Novgorod and
// Yerevan: recurring card donors, volunteers, beneficiaries' applications
// with passports, SNILS and children's birth certificates, hospital
// contacts, fundraisers named after children, tax-deduction letters,
// refunds, complaints, deletion requests. Chats, SMS, lower-case call
// transcripts and voicemail, e-mails with headers, quotes, forwards and
// signatures, web forms, JSON webhooks, CSV, semicolon and pipe donor and
// volunteer tables, payment, CRM and server logs, OCR'd passports,
// requisites. Armenian names, children named in campaign titles ("Сбор для
// …"), names in capitals, initials, every case form, diminutives, names
// that are also words used both ways. Negatives: hospitals named after
// people, masked cards, invoice, receipt and tracking numbers, a VIN, a
// plate, ОМС, КПП, БИК, ОКПО, versions shaped like IPs, wrong check
// digits.
//
// The engine was judged on it once, untuned, with rules-2025.156 (engine
// 1.151.0, commit 58371e8): CARD 0.960 missed its target (a spaced card
// after a log's "new_card=" key); PERSON 0.983 and the other types (1.0)
// met theirs; 0.611% of PII characters leaked (48 of 7851: PERSON 29, CARD
// 19), just above the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.157
// (engine 1.152.0), with those of the other files from heldout320 to
// heldout323: a card after a log's "new_card=" key. Tuned: CARD 1.0 (now
// met), PERSON 0.983; 0.369% leaked (29 of 7851).

// heldout323Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout323Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.97, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout323MaxLeak: target 0.005, missed untuned (0.611%), met tuned (0.369%).
const heldout323MaxLeak = 0.004

func TestHeldout323(t *testing.T) {
	corpusCheck{file: "testdata/heldout323.jsonl", name: "three-hundred-and-twenty-third held-out corpus", minMessages: 250,
		floors: heldout323Floor, everyType: true, maxLeak: heldout323MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
