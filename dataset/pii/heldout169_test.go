package pii

import "testing"

// testdata/heldout169.jsonl is the hundred-and-sixty-ninth held-out file:
// 279 messages (138 Russian, 141 English; 60 without personal data; 585
// gold spans: PERSON 322, ADDRESS 63, PHONE 58, EMAIL 35, PASSPORT 25, IP
// 23, INN 22, SNILS 12, BANK_ACCOUNT 10, CARD 8, OGRN 7), written by hand
// by someone who saw neither the engine nor any other labelled file, while
// the engine was tuned on heldout166 and heldout167. It is the CRM of a
// regional e-government and public-services helpdesk (Gosuslugi and MFC
// service centres): internal and foreign passports, SNILS, INN,
// registration at a place of residence, child benefits, pensions, tax
// deductions, fines, appointments, lost documents, surname changes after
// marriage, powers of attorney, complaints about officials, deletion and
// access requests. Chats, SMS, lower-case call transcripts, e-mails with
// headers, quotes, forwards and signatures, labelled forms, CSV (quoted)
// and pipe queues of appointments, OCR'd passports and birth and marriage
// certificates, portal and auth logs with IPv4 and IPv6. Officials with
// their positions, maiden and new surnames, children in birth
// certificates, every case form, diminutives, lower-case names, names in
// capitals; service centres, streets and a university named after people
// (МФЦ на Пушкина) and Victoria as a place unlabelled; names that are also
// words both ways. Negatives: application, case, request, receipt,
// ticket, contract and procurement numbers, УИН, КБК, КПП, БИК, ОКПО,
// ОКТМО, correspondent accounts, ОМС, VINs, plates, tracking numbers, SMS
// codes, masked cards, IP-shaped versions, wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.101 (engine
// 1.99.0, commit 53c6edc): BANK_ACCOUNT 0.952 (a fine's УИН in English,
// "UIN 3226…") and PASSPORT 0.913 (passports in a quoted CSV column, an
// ID card "Z 4415027") missed their targets, PERSON 0.969, ADDRESS 0.992,
// PHONE 0.992 (a call's date and time read out) and the other types (1.0)
// met theirs; 1.319% of PII characters leaked (127 of 9629: PERSON 79,
// PASSPORT 38, ADDRESS 10), against the target of 0.5%.
//
// It is no longer held out: after that run its misses drove
// rules-2025.102 (engine 1.100.0), with those of heldout168: a quoted CSV
// field under its header, "UIN", a date and a time read out in five
// groups, "мфц на баумана 32". With rules-2025.102: PERSON 0.969, PASSPORT
// 0.958, the others 1.0; leak 1.007% (97 of 9629: PERSON 79, PASSPORT 18).

// heldout169Floor guards the tuned level.
var heldout169Floor = map[string]float64{
	TypeBankAccount: 0.99, TypeCard: 0.99, TypeEmail: 0.99, TypeINN: 0.99, TypeIP: 0.99, TypeOGRN: 0.99,
	TypePassport: 0.95, TypePhone: 0.99, TypeSNILS: 0.99, TypeAddress: 0.99, TypePerson: 0.96,
}

// heldout169MaxLeak: target 0.005; 1.319% untuned, 1.007% tuned.
const heldout169MaxLeak = 0.011

func TestHeldout169(t *testing.T) {
	corpusCheck{file: "testdata/heldout169.jsonl", name: "hundred-and-sixty-ninth held-out corpus", minMessages: 250,
		floors: heldout169Floor, everyType: true, maxLeak: heldout169MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
