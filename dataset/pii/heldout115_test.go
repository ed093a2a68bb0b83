package pii

import "testing"

// testdata/heldout115.jsonl is the hundred-and-fifteenth held-out file:
// 278 messages (138 Russian, 140 English; 57 without personal data; 608
// gold spans: PERSON 342, PHONE 72, ADDRESS 70, EMAIL 39, CARD 16, INN 15,
// PASSPORT 15, IP 13, BANK_ACCOUNT 12, OGRN 9, SNILS 5), written by hand by
// someone who saw neither the engine nor any other labelled file, while
// the engine was tuned on heldout110 to heldout113. It is the CRM of a
// kitchen-furniture and renovation contractor in Russia and Kazakhstan:
// measurement visits, design approvals, orders and instalments,
// deliveries, installation crews, warranty claims, refunds,
// subcontractors (self-employed and sole traders with INN, OGRNIP,
// accounts and cards), building-management permits, neighbours'
// complaints, deletion and access requests. Chats, lower-case call
// transcripts and voice memos, e-mails with headers, quotes, forwards and
// signatures, forms, CSV, pipe and semicolon tables, OCR'd acts and
// contracts, smart-home and remote-access logs. Foremen by first name,
// installers by surname alone ("Кузьмин приедет в 9"), nicknames and
// colloquial patronymics (Толян, Михалыч), Kazakh and Uzbek names in both
// alphabets, names that are also words both ways (Слава, Лев, Роман, Вера,
// Роза, Гуля, Will, Mark, Bob, Grant, Bill, Rose), furniture models and
// colours named after people (фасад «Марсель», столешница «Анна»).
// Addresses in Russia, Kazakhstan, the UK and Ireland with entrance, floor
// and intercom codes outside the span, short street-and-house forms, two
// spoken. Negatives: sizes, article numbers and colour codes, БИН, IMEI-
// free logs, invoices, orders, contracts, tracking numbers, VINs, plates,
// ОМС, КПП, БИК, ОКПО, correspondent accounts, masked cards, firmware
// versions, subnets, numbers with a wrong check digit.
//
// The engine was judged on it once, untuned, with rules-2025.67 (engine
// 1.65.0, commit 96b652e): every type met its target (ADDRESS 0.957,
// PERSON 0.958, the others 1.0); 1.810% of PII characters leaked (167 of
// 9229: ADDRESS 110, PERSON 57; a street in the accusative without its
// keyword, a street called "… Grove", an office tower's floor, a
// spoken address), against the target of 0.5%.
//
// It is no longer held out: after that run its misses (with heldout114's)
// drove rules-2025.68 (engine 1.66.0): furniture models named like women
// ("столешница Анна 38 мм", "the Anna worktop"), a table's column of
// installers, a street without its keyword before "д." ("на Щукинскую,
// д. 2"), a list of counts is no address, someone "from design", a
// contractor as a role, a signature above a phone's footer. With
// rules-2025.68: ADDRESS 0.978 (a spoken address, an office tower's
// floor), PERSON 0.981, the others 1.0; leak 1.094% (101 of 9229:
// ADDRESS 58, PERSON 43).

// heldout115Floor guards the tuned level.
var heldout115Floor = map[string]float64{
	TypeBankAccount: 0.99, TypeCard: 0.99, TypeEmail: 0.99, TypeINN: 0.99, TypeIP: 0.99, TypeOGRN: 0.99,
	TypePassport: 0.99, TypePhone: 0.99, TypeSNILS: 0.99, TypeAddress: 0.97, TypePerson: 0.97,
}

// heldout115MaxLeak: target 0.005; 1.810% untuned, 1.094% tuned.
const heldout115MaxLeak = 0.011

func TestHeldout115(t *testing.T) {
	corpusCheck{file: "testdata/heldout115.jsonl", name: "hundred-and-fifteenth held-out corpus", minMessages: 250,
		floors: heldout115Floor, everyType: true, maxLeak: heldout115MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
