package pii

import "testing"

// testdata/heldout340.jsonl is the three-hundred-and-fortieth held-out
// file: 278 messages (135 Russian, 143 English; 63 without personal data;
// 470 gold spans: PERSON 259, PHONE 48, INN 38, ADDRESS 34, EMAIL 29,
// BANK_ACCOUNT 14, PASSPORT 13, OGRN 11, IP 10, SNILS 8, CARD 6), written
// by hand by someone who saw neither the engine nor any other labelled
// file, while the engine was tuned on files up to heldout339. It is the
// CRM of an accounting and tax firm in Moscow, Kazan and Tbilisi serving
// sole traders (ИП), the self-employed, small companies and foreign
// founders: tax returns and deductions, tax regimes, registering and
// closing ИП and ООО, payroll, tax-office demands, banks' 115-ФЗ requests,
// refunds. Chats, SMS, lower-case call transcripts, e-mails with headers,
// quotes and signatures, web forms, auto-replies, CSV and pipe client
// lists, requisites blocks, bank statement lines, payroll lists, CRM and
// audit logs, OCR'd passports. "ИП Фамилия И.О." as a person, Georgian
// names, every case form, a person's INN beside a company's. Negatives:
// firms carrying surnames (ООО «Сидоров и партнёры», Grant Thornton), КБК,
// ОКТМО, КПП, БИК, treasury accounts, declaration and invoice numbers,
// wrong check digits and lengths.
//
// The engine was judged on it once, untuned, with rules-2025.162 (engine
// 1.157.0, commit 5d6fef8): every F1 target met (PERSON 0.983, PHONE
// 0.990, the other types 1.0); 0.122% of PII characters leaked (9 of 7395:
// ADDRESS 5, PERSON 4), under the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.163
// (engine 1.158.0), with those of the other files from heldout340 to
// heldout343: words at a form's field or a sentence's start ("Имя: Не
// указано", "Может, оплатили"), firms named like people (Grant Thornton,
// "Weiss Consult"). Tuned: PERSON 0.990, PHONE 0.990 as untuned; 0.122%
// leaked (9 of 7395).

// heldout340Floor holds the tuned figures: the targets, all met.
var heldout340Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.97, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout340MaxLeak: target 0.005, met untuned (0.122%), met tuned (0.122%).
const heldout340MaxLeak = 0.002

func TestHeldout340(t *testing.T) {
	corpusCheck{file: "testdata/heldout340.jsonl", name: "three-hundred-and-fortieth held-out corpus", minMessages: 250,
		floors: heldout340Floor, everyType: true, maxLeak: heldout340MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
