package pii

import "testing"

// testdata/heldout26.jsonl is the twenty-sixth held-out file: 260 messages
// (130 Russian, 130 English; 52 without personal data; 561 gold spans:
// PERSON 317, PHONE 55, ADDRESS 41, EMAIL 35, INN 23, PASSPORT 18, IP 17,
// BANK_ACCOUNT 15, SNILS 14, OGRN 13, CARD 13), written by hand by someone
// who saw neither the engine nor any other labelled file, while the engine
// was tuned on heldout24 and heldout25. It is the CRM of a chain of medical
// clinics with a laboratory and pharmacy delivery, for Russian patients and
// foreign medical tourists: appointments, doctors' schedules, lab orders and
// result notices, home visits, courier delivery, ДМС, ОМС and international
// insurance, payments, refunds and tax-deduction certificates; chats, bot
// dialogs, letters and consent forms, e-mails with quoted history,
// lower-case transcripts (a card, phones and addresses spelt out in words,
// labelled), portal logs, requisites and staff notes. Names in every case,
// initials ("Фамилия И.О.", "O. M. Zaitseva"), diminutives, lower case,
// cardholders, foreign names, relatives and guardians; titles (Dr.,
// mister, профессор) and hotel names before an address stay outside.
// Negatives: drug brands named like people (Диана-35, Ярина, Мирена, Yasmin,
// Allegra, Lyrica, Ella), the Алиса assistant, «Медцентр Доктор Иванов» and
// "Dr. Ivanov Medical Center" beside the real doctor Ivanov, «Клиника на
// Пушкина» without a house number, Jordan, Georgia and Chad the countries,
// idioms, ОМС policies, lab order ids, sample barcodes, ICD codes, dosages,
// room numbers, tracking, ticket, claim, contract and invoice numbers, КПП,
// ОКПО, БИК, correspondent accounts, a licence, a migration card, versions
// shaped like IPs, masked cards, and identifiers with a wrong check digit
// (one next to its corrected form).
//
// The engine was judged on it once, untuned, with rules-2025.18 (engine
// 1.16.0, commit ce4c24b): BANK_ACCOUNT, CARD, EMAIL, INN, IP, OGRN, PHONE
// and SNILS 1.0, PASSPORT 0.973, PERSON 0.945 and ADDRESS 0.929 (every
// target met); 3.090% of PII characters leaked (293 of 9482: ADDRESS 143,
// PERSON 129, PHONE 21), against the target of 0.5%.

// It is no longer held out: after that run its misses (with heldout27's)
// drove rules-2025.19 (engine 1.17.0). With rules-2025.19: ADDRESS 0.976,
// PERSON 0.963, PASSPORT 0.973, the other identifiers 1.0; leak 0.664%
// (PERSON 48; PHONE 15: "plus four four" before a UK mobile read out).

// heldout26Floor guards the tuned level.
var heldout26Floor = map[string]float64{
	TypeBankAccount: 0.99, TypeCard: 0.99, TypeEmail: 0.99, TypeINN: 0.99, TypeIP: 0.99, TypeOGRN: 0.99,
	TypePhone: 0.99, TypeSNILS: 0.99, TypeAddress: 0.97, TypePerson: 0.96, TypePassport: 0.97,
}

// heldout26MaxLeak: target 0.005; 3.090% untuned, 0.664% tuned.
const heldout26MaxLeak = 0.007

func TestHeldout26(t *testing.T) {
	corpusCheck{file: "testdata/heldout26.jsonl", name: "twenty-sixth held-out corpus", minMessages: 250,
		floors: heldout26Floor, everyType: true, maxLeak: heldout26MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
