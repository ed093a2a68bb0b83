package pii

import "testing"

// testdata/heldout129.jsonl is the hundred-and-twenty-ninth held-out file:
// 278 messages (139 Russian, 139 English; 63 without personal data; 590
// gold spans: PERSON 339, PHONE 52, ADDRESS 47, PASSPORT 35, EMAIL 34, IP
// 18, INN 17, SNILS 15, CARD 14, BANK_ACCOUNT 13, OGRN 6), written by hand
// by someone who saw neither the engine nor any other labelled file, while
// the engine was tuned on heldout124 to heldout127. It is the CRM of a
// regional multifunctional public service centre (МФЦ): appointments,
// passport and foreign-passport applications, SNILS, benefits, property
// registration, residence registration of tenants, children and
// foreigners, documents ready for collection, powers of attorney,
// complaints about staff, lost documents, state fees paid by card,
// requisites, deletion requests. Chats, lower-case call transcripts,
// e-mails with headers, quotes, forwards and signatures, forms, CSV and
// pipe tables, OCR'd applications and certificates, queue, portal, kiosk
// and audit logs, SMS templates. Relatives sharing a surname, every case
// form, initials, a patronymic alone, staff by first name and patronymic,
// diminutives, lower-case names, foreigners' names in Latin ("SURNAME,
// Given", capitals), a maiden name in brackets, form fields one a line;
// names that are also words both ways (Вера, Надежда, Любовь, Слава, Роман,
// Лев, Hope, Will, Grace, Rose, Mark); places named after people (ул.
// Гагарина, Кировский район, Gagarin Avenue). Russian, transliterated and
// UK addresses; foreign passports. Negatives: application, case, cadastral
// and booking numbers, КБК, ОКТМО, УИН, КПП, БИК, ОКПО, correspondent and
// treasury accounts, invoices, contracts, tracking numbers, VINs, plates,
// ОМС, masked cards, IP-shaped versions, numbers with a wrong check digit.
//
// The engine was judged on it once, untuned, with rules-2025.76 (engine
// 1.74.0, commit 0634017): every type met its target (ADDRESS 0.979,
// PASSPORT 0.986, PERSON 0.973, PHONE 0.990, the others 1.0); 1.481% of PII
// characters leaked (142 of 9591: PERSON 109, PHONE 15, PASSPORT 9, ADDRESS
// 9; names that are also words, lower-case English names, an OCR'd phone
// with a letter for a digit), against the target of 0.5%.
//
// It is no longer held out: after that run its misses were read with those
// of heldout128 and heldout130–133 for rules-2025.77 (engine 1.75.0) and
// rules-2025.78 (engine 1.76.0), whose rules left its figures as they were:
// ADDRESS 0.979, PASSPORT 0.986, PERSON 0.973, PHONE 0.990, the others 1.0;
// leak 1.481% (142 of 9591).

// heldout129Floor guards the tuned level.
var heldout129Floor = map[string]float64{
	TypeBankAccount: 0.99, TypeCard: 0.99, TypeEmail: 0.99, TypeINN: 0.99, TypeIP: 0.99, TypeOGRN: 0.99,
	TypePassport: 0.98, TypePhone: 0.99, TypeSNILS: 0.99, TypeAddress: 0.97, TypePerson: 0.97,
}

// heldout129MaxLeak: target 0.005; 1.481% untuned and tuned.
const heldout129MaxLeak = 0.015

func TestHeldout129(t *testing.T) {
	corpusCheck{file: "testdata/heldout129.jsonl", name: "hundred-and-twenty-ninth held-out corpus", minMessages: 250,
		floors: heldout129Floor, everyType: true, maxLeak: heldout129MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
