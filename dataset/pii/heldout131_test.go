package pii

import "testing"

// testdata/heldout131.jsonl is the hundred-and-thirty-first held-out file:
// 279 messages (142 Russian, 137 English; 63 without personal data; 579
// gold spans: PERSON 382, PHONE 56, ADDRESS 33, EMAIL 22, PASSPORT 22, INN
// 17, SNILS 12, IP 12, BANK_ACCOUNT 10, CARD 10, OGRN 3), written by hand
// by someone who saw neither the engine nor any other labelled file, while
// the engine was tuned on heldout126 and heldout127. It is the CRM of a
// children's summer camp in Sochi and a year-round sports school near
// Moscow: parents' applications, medical certificates and children's
// SNILS, vouchers and payments (cards, accounts, employer compensation,
// refunds, tax deductions), transfers and pickup points, counsellors' and
// coaches' applications (passports, INN, SNILS), incidents and injuries,
// lost items, complaints, photo consent, deletion requests. Chats and group
// chats, lower-case call transcripts, e-mails with headers, quotes,
// forwards and signatures, forms, CSV and pipe lists of children and staff,
// OCR'd contracts and certificates, payment, portal and device logs, SMS
// templates, a passenger manifest. Siblings and parents sharing a surname,
// every case form, diminutives, counsellors by nickname, capitals,
// surname-first and initialled forms; names that are also words both ways
// (Вера, Надежда, Любовь, Слава, Роман, Лев, Grace, Hope, Joy, Will, Mark);
// squads and teams named after people or animals («Гагаринцы», Bears).
// Russian, transliterated, UK and US addresses. Negatives: voucher, shift,
// contract, invoice, ticket, PNR, tracking and order numbers, ОМС, КПП, БИК,
// ОКПО, correspondent accounts, plates, a VIN, a MAC, IP-shaped versions,
// masked cards, numbers with a wrong check digit.
//
// The engine was judged on it once, untuned, with rules-2025.76 (engine
// 1.74.0, commit 08aab5f): BANK_ACCOUNT 0.952 and IP 0.960 missed their
// targets (one false alarm each), PERSON 0.967 and the other types (1.0)
// met theirs; 1.598% of PII characters leaked (135 of 8448: PERSON 100,
// ADDRESS 29, PASSPORT 6; names that are also words, "Surname, Given" in a
// list, lower-case names and families), against the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.77
// (engine 1.75.0) and rules-2025.78 (engine 1.76.0), with the misses of
// heldout128–130, 132 and 133: "Surname, Given" entries in lists and
// tables, "Красная Поляна", children of a family in lower case ("миши
// лазаревых"), a firmware's version after "updated to". With rules-2025.78:
// BANK_ACCOUNT 0.952 (the false alarm stays: no БИК to check it against),
// PERSON 0.976, the others 1.0; leak 1.219% (103 of 8448: PERSON 68,
// ADDRESS 29, PASSPORT 6).

// heldout131Floor guards the tuned level.
var heldout131Floor = map[string]float64{
	TypeBankAccount: 0.95, TypeCard: 0.99, TypeEmail: 0.99, TypeINN: 0.99, TypeIP: 0.99, TypeOGRN: 0.99,
	TypePassport: 0.99, TypePhone: 0.99, TypeSNILS: 0.99, TypeAddress: 0.99, TypePerson: 0.97,
}

// heldout131MaxLeak: target 0.005; 1.598% untuned, 1.219% tuned.
const heldout131MaxLeak = 0.013

func TestHeldout131(t *testing.T) {
	corpusCheck{file: "testdata/heldout131.jsonl", name: "hundred-and-thirty-first held-out corpus", minMessages: 250,
		floors: heldout131Floor, everyType: true, maxLeak: heldout131MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
