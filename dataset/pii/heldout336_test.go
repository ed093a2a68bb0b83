package pii

import "testing"

// testdata/heldout336.jsonl is the three-hundred-and-thirty-sixth held-out
// file: 278 messages (140 Russian, 138 English; 68 without personal data;
// 485 gold spans: PERSON 272, PHONE 63, ADDRESS 58, EMAIL 27, IP 15, CARD
// 11, INN 10, PASSPORT 10, BANK_ACCOUNT 8, OGRN 6, SNILS 5), written by
// hand by someone who saw neither the engine nor any other labelled file,
// while the engine was tuned on files up to heldout335. It is the CRM of
// an online pharmacy and home-delivery service in Moscow, Yekaterinburg
// and Minsk: prescription and over-the-counter orders, electronic
// prescriptions with doctors' names, pharmacists' consultations, courier
// deliveries, returns, loyalty cards, complaints, expats. Chats, lower-
// case call transcripts, e-mails with headers, quotes and signatures, web
// forms, CSV and pipe courier routes, CRM, payment and fraud logs, SMS,
// OCR'd prescriptions. Doctors by surname and initials, every case form,
// Belarusian names, streets named after people (Якуба Коласа). Negatives:
// drugs, brands and diseases named after people (Ярина, Диана-35, Dr. Mom,
// болезнь Паркинсона, синдром Дауна, Hashimoto's), order, batch, loyalty-
// card and tracking numbers, КПП, БИК, ОКПО, a VAT ID, firms' mailboxes,
// wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.161 (engine
// 1.156.0, commit 7c3fc2f): EMAIL 0.947 missed its target (the pharmacy's
// own mailboxes, support@ and no-reply@, that the writer left unlabelled);
// ADDRESS 0.991, PERSON 0.963 and the other types (1.0) met theirs; 1.805%
// of PII characters leaked (141 of 7811: PERSON 107, ADDRESS 34).
//
// It is no longer held out: after that run its misses drove rules-2025.162
// (engine 1.157.0), with those of the other files from heldout336 to
// heldout339: Belarusian names in both alphabets ("Юрэвіч Міхась", "Сцяпану
// Лойку", "Maryia Dubouskaya"), a disease before "lymphoma". Tuned: PERSON
// 0.974, ADDRESS 0.991, EMAIL as untuned (the pharmacy's own mailboxes);
// 1.255% leaked (98 of 7811).

// heldout336Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout336Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.94, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.97, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout336MaxLeak: target 0.005, missed untuned (1.805%), missed tuned (1.255%).
const heldout336MaxLeak = 0.013

func TestHeldout336(t *testing.T) {
	corpusCheck{file: "testdata/heldout336.jsonl", name: "three-hundred-and-thirty-sixth held-out corpus", minMessages: 250,
		floors: heldout336Floor, everyType: true, maxLeak: heldout336MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
