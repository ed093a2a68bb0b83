package pii

import "testing"

// testdata/heldout152.jsonl is the hundred-and-fifty-second held-out file:
// 284 messages (143 Russian, 141 English; 61 without personal data; 432
// gold spans: PERSON 267, PHONE 45, ADDRESS 31, EMAIL 20, BANK_ACCOUNT 13,
// IP 12, PASSPORT 11, INN 10, CARD 9, SNILS 7, OGRN 7), written by hand by
// someone who saw neither the engine nor any other labelled file, while the
// engine was tuned on heldout150 and heldout151. It is the CRM of a
// regional blood donation and transfusion centre in Yaroslavl, with a
// UK-style regional blood service and the centre's English desk: donor
// registrations (passport, SNILS, ОМС policy), bookings, questionnaires and
// deferrals, lab result notices, honorary donor certificates and payments,
// payments to donors' cards and accounts, hospitals' requests for blood
// components, volunteers, complaints, consent withdrawals and deletion
// requests. Chats, lower-case call transcripts and voicemails, e-mails with
// headers, quotes, forwards and signatures, forms, CSV and pipe tables,
// OCR'd Russian and UK passports, portal, lab and API logs with IPv4 and
// IPv6, SMS. Every case form, initials, diminutives, lower-case and
// capitalised names labelled, titles outside; blood groups and Rh next to
// names; hospitals named after people (им. Семашко, Склифосовского)
// unlabelled; names that are also words both ways. Negatives: donor card,
// sample, batch, bag, request, invoice and tracking numbers, ОМС, КПП, БИК,
// ОКПО, correspondent accounts, UK sort codes, plates, VINs, IP-shaped
// versions, masked cards, wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.87 (engine
// 1.85.0, commit e509ccc): BANK_ACCOUNT 0.963 (an account the text calls
// invalid, with no БИК to check it) and PHONE 0.966 (local numbers without
// an area code, "2-11-47", and a UK 0300 number) missed their targets,
// PERSON 0.977 and the other types (1.0) met theirs; 1.081% of PII
// characters leaked (69 of 6385: PERSON 37, PHONE 32), against the target
// of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.88
// (engine 1.86.0), with those of heldout153: a surname after a duty
// doctor's and a volunteer's word, "named after" before an eponym,
// alerts, depots and Roman numerals. With rules-2025.88: PERSON 0.989,
// PHONE 0.966, BANK_ACCOUNT 0.963, the others 1.0; leak 0.908% (58 of 6385:
// PERSON 26, PHONE 32).

// heldout152Floor guards the tuned level.
var heldout152Floor = map[string]float64{
	TypeBankAccount: 0.96, TypeCard: 0.99, TypeEmail: 0.99, TypeINN: 0.99, TypeIP: 0.99, TypeOGRN: 0.99,
	TypePassport: 0.99, TypePhone: 0.96, TypeSNILS: 0.99, TypeAddress: 0.99, TypePerson: 0.98,
}

// heldout152MaxLeak: target 0.005; 1.081% untuned, 0.908% tuned.
const heldout152MaxLeak = 0.01

func TestHeldout152(t *testing.T) {
	corpusCheck{file: "testdata/heldout152.jsonl", name: "hundred-and-fifty-second held-out corpus", minMessages: 250,
		floors: heldout152Floor, everyType: true, maxLeak: heldout152MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
