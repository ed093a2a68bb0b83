package pii

import "testing"

// testdata/heldout286.jsonl is the two-hundred-and-eighty-sixth held-out
// file: 280 messages (140 Russian, 140 English; 61 without personal data;
// 542 gold spans: PERSON 338, PHONE 62, EMAIL 36, ADDRESS 23, IP 18,
// PASSPORT 15, INN 14, BANK_ACCOUNT 11, SNILS 10, CARD 10, OGRN 5), written
// by hand by someone who saw neither the engine nor any other labelled
// file, while the engine was tuned on heldout280 to heldout283.
// It is the CRM of municipal sports complexes and swimming pools in Tula,
// Ryazan, Kursk and Gomel: memberships, children's sections, medical
// certificates, trainers' schedules and contracts, payroll and
// contractors' requisites, payments and refunds, lost and found, injuries,
// complaints, deletion requests; foreign members in English. Parents'
// chats, lower-case call transcripts, e-mails with headers, quotes,
// forwards and signatures, web forms, SMS, CSV, pipe and semicolon tables,
// an OCR'd passport, turnstile, Wi-Fi, payment and audit logs. Belarusian
// names and passports, trainers by name and patronymic, diminutives, every
// case form, names that are also words used both ways. Negatives: pools
// named after people, membership, locker and receipt numbers, УНП, ОМС,
// КПП, БИК, ОКПО, masked cards, versions shaped like IPs, wrong check
// digits.
//
// The engine was judged on it once, untuned, with rules-2025.150 (engine
// 1.145.0, commit e4f3503): BANK_ACCOUNT 0.957 missed its target (an
// account with a wrong key read as one); ADDRESS 0.978, PERSON 0.976
// (Belarusian surnames before a first name, Gomel read as a person) and
// the other types (1.0) met theirs; 1.619% of PII characters leaked (125
// of 7720: PERSON 85, ADDRESS 34, PASSPORT 6), against the target of
// 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.151
// (engine 1.146.0), with those of the other files from heldout284 to
// heldout295: an address in a footer before "|" ("Sovetskaya St., 72 |
// 8-800-…"), a sports complex's name before its postcode. Tuned:
// BANK_ACCOUNT as untuned (a mistyped account the writer left unlabelled);
// 1.205% leaked (93 of 7720).

// heldout286Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout286Floor = map[string]float64{
	TypeBankAccount: 0.95, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.97, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout286MaxLeak: target 0.005, missed untuned (1.619%), missed tuned (1.205%).
const heldout286MaxLeak = 0.013

func TestHeldout286(t *testing.T) {
	corpusCheck{file: "testdata/heldout286.jsonl", name: "two-hundred-and-eighty-sixth held-out corpus", minMessages: 250,
		floors: heldout286Floor, everyType: true, maxLeak: heldout286MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
