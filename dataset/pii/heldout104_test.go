package pii

import "testing"

// testdata/heldout104.jsonl is the hundred-and-fourth held-out file: 278
// messages (138 Russian, 140 English; 52 without personal data; 460 gold
// spans: PERSON 304, PHONE 49, EMAIL 24, ADDRESS 24, INN 13, PASSPORT 13,
// IP 11, BANK_ACCOUNT 8, CARD 7, OGRN 4, SNILS 3), written by hand by
// someone who saw neither the engine nor any other labelled file, while the
// engine was tuned on heldout102 and heldout103. It is the CRM of a
// private dental clinic chain and its orthodontics lab in Moscow,
// Novosibirsk, Krasnodar, Almaty and Bishkek with medical tourists from
// the UK, Germany and Israel: appointments, treatment plans and estimates,
// consents, X-ray referrals, aligner and crown orders, instalments,
// tax-deduction certificates, ДМС letters, complaints, refunds, reviews,
// contracts with самозанятые, ИП and foreign technicians, suppliers'
// requisites, deletion requests. Chats and SMS, lower-case call
// transcripts, e-mails with headers, quotes, forwards and signatures,
// forms and medical records, CSV, pipe and semicolon tables, OCR scans
// with 0/O and 1/l swaps, booking, payment and login logs. Hebrew,
// German, Kazakh and Kyrgyz names, Russian names in every case form and
// diminutive, doctors by name and patronymic, children with their
// parents, names that are also words both ways (Роза, Лилия, Вера, Злата,
// Лада, Ruby, Pearl, Dean, Will, Grace). Negatives: tooth numbers (36,
// 4.6) and shades (A2, A3.5), ДМС and ОМС policies, masked cards, order,
// claim and tracking numbers, licences, a Kazakh ИИН, КПП, БИК, ОКПО,
// correspondent accounts, IP-shaped versions, numbers with a wrong check
// digit.
//
// The engine was judged on it once, untuned, with rules-2025.62 (engine
// 1.60.0, commit fe23738): every type met its target (ADDRESS 0.958,
// PERSON 0.968, PHONE 0.990, the others 1.0); 1.483% of PII characters
// leaked (99 of 6675: PERSON 83, PHONE 16), against the target of 0.5%.
//
// It is no longer held out: after that run its misses (with heldout105's)
// drove rules-2025.63 (engine 1.61.0), which reads an ambiguous first name
// in capitals on a scan's "Имя" line ("Имя НАДЕЖДА"). With rules-2025.63:
// PERSON 0.970, the other types as before; leak 1.378% (92 of 6675:
// PERSON 76, PHONE 16: an OCR'd phone with letters for digits).

// heldout104Floor guards the tuned level.
var heldout104Floor = map[string]float64{
	TypeBankAccount: 0.99, TypeCard: 0.99, TypeEmail: 0.99, TypeINN: 0.99, TypeIP: 0.99, TypeOGRN: 0.99,
	TypePassport: 0.99, TypePhone: 0.98, TypeSNILS: 0.99, TypeAddress: 0.95, TypePerson: 0.96,
}

// heldout104MaxLeak: target 0.005; 1.483% untuned, 1.378% tuned.
const heldout104MaxLeak = 0.014

func TestHeldout104(t *testing.T) {
	corpusCheck{file: "testdata/heldout104.jsonl", name: "hundred-and-fourth held-out corpus", minMessages: 250,
		floors: heldout104Floor, everyType: true, maxLeak: heldout104MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
