package pii

import "testing"

// testdata/heldout19.jsonl is the nineteenth held-out file: 260 messages (130
// Russian, 130 English; 59 without personal data; 647 gold spans: PERSON
// 332, PHONE 70, EMAIL 50, ADDRESS 46, INN 29, PASSPORT 26, IP 23,
// BANK_ACCOUNT 20, CARD 18, SNILS 17, OGRN 16), written by hand by someone
// who saw neither the engine nor any other labelled file, while the engine
// was tuned on heldout14 to heldout17. It is the CRM of a recruitment and
// HR-outsourcing agency (warehouse, retail, IT and call-centre staffing;
// candidates and clients in Russia, the UK and Ireland, North America, the
// EU, Central Asia, India and the Gulf): vacancies and pipelines, pasted
// CVs, interviews, offers, onboarding forms with passports, СНИЛС, ИНН and
// registration addresses, foreign workers' documents, changes of payroll
// accounts and cards, timesheet disputes, medical and background checks,
// references, requisites of clients, sole traders and the self-employed,
// portal login notices with IPv4 and IPv6; messenger chats (lower case,
// diminutives), letters, e-mails with quoted history, lower-case call
// transcripts, timesheets and lists. UK and Irish business-park addresses
// are ADDRESS; sole traders' names are PERSON without the "ИП"; words used
// as names are names (grace, precious, will harper, роза). Negatives:
// «Магнит», «Лента», «Мария-Ра», Will Group, Grace Consulting, Victoria's
// Secret, Sterling & Grace, Victoria the city, "will you", "mark the
// timesheet", idioms, streets and metro stations named after people,
// vacancy, requisition, order, invoice, employee, badge and pass numbers,
// shift codes, hours, salaries, ОКВЭД, ОКПО, ОКТМО, ОКАТО, КПП, БИК,
// correspondent accounts, an ОМС policy, patent, migration-card, DBS, PO
// and VAT numbers, versions shaped like IPs, a Telegram handle, and an ИНН,
// a СНИЛС, an ОГРН and cards with a wrong check digit.
//
// The engine was judged on it once, untuned, with rules-2025.14 (engine
// 1.12.0, commit ac06cb7): BANK_ACCOUNT, CARD, EMAIL, INN, IP, OGRN and
// SNILS 1.0, PHONE 0.993, PASSPORT 0.980 and ADDRESS 0.930 (targets met);
// PERSON 0.919 (41 misses, 10 false alarms of 332) misses its target by a
// hair; 5.512% of PII characters leaked (572 of 10377: ADDRESS 276, PERSON
// 264, PASSPORT 19, PHONE 13).

// It is no longer held out: after that run its misses (with heldout18's)
// drove rules-2025.15 (engine 1.13.0); heldout20.jsonl and heldout21.jsonl
// are the untuned sets. With rules-2025.15: every identifier type 1.0,
// ADDRESS 0.966, PERSON 0.948 (32 misses, most of them English names in
// lower-case chats); leak 3.710% (PERSON 213, ADDRESS 172).
//
// Since rules-2025.219 the engine masks a Belarusian identification number
// ("3120590A001PB5") as an identity document, as heldout474, 512, 531, 596,
// 670 and 674 label it; this file leaves its one unlabelled, so its PASSPORT
// F1 is 0.981 and its floor 0.98.

// heldout19Floor guards the tuned level.
var heldout19Floor = map[string]float64{
	TypeBankAccount: 0.99, TypeCard: 0.99, TypeEmail: 0.99, TypeINN: 0.99, TypeIP: 0.99, TypeOGRN: 0.99,
	TypePassport: 0.98, TypePhone: 0.99, TypeSNILS: 0.99, TypeAddress: 0.96,
	TypePerson: 0.94, // 0.9194 untuned, 0.9479 tuned
}

// heldout19MaxLeak: target 0.005; 5.512% untuned, 3.710% tuned.
const heldout19MaxLeak = 0.038

func TestHeldout19(t *testing.T) {
	corpusCheck{file: "testdata/heldout19.jsonl", name: "nineteenth held-out corpus", minMessages: 250,
		floors: heldout19Floor, everyType: true, maxLeak: heldout19MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
