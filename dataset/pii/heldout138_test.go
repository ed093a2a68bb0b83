package pii

import "testing"

// testdata/heldout138.jsonl is the hundred-and-thirty-eighth held-out file:
// 282 messages (142 Russian, 140 English; 62 without personal data; 501
// gold spans: PERSON 301, PHONE 36, INN 36, EMAIL 31, ADDRESS 26, PASSPORT
// 16, IP 15, CARD 12, BANK_ACCOUNT 11, SNILS 9, OGRN 8), written by hand by
// someone who saw neither the engine nor any other labelled file, while the
// engine was tuned on heldout134 to heldout137. It is the CRM of a tax
// consultancy for individuals, sole traders and the self-employed:
// 3-NDFL, property, medical, education and sport deductions, USN, patents,
// refunds, foreigners' tax residency. Chats, lower-case call transcripts,
// e-mails with headers, quotes, forwards and signatures, web forms, CSV
// and pipe tables, acquiring, portal and audit logs, SMS; OCR'd passport
// pages, 2-NDFL certificates, tax office demands and decisions, powers of
// attorney, EGRN extracts. Every case form, diminutives, initials before
// and after the surname, tax inspectors and notaries, "ИП Фамилия И.О.",
// relatives sharing a surname, Latin and foreign names, names in capitals
// and airline lines; names that are also words both ways (Вера, Надежда,
// Любовь, Слава, Роман, Лев, Hope, Grace, Will, Mark, Victoria the city);
// firms named after people («Петров и партнёры», Smith & Partners LLC) and
// "Лада Веста" unlabelled. Russian, UK, German, Swedish and French
// addresses, one spoken. Negatives: order, invoice, ticket, case, refund,
// patent, tracking, waybill and cadastral numbers, ОМС, КПП, БИК,
// correspondent accounts, a firm's account that fails its БИК key, VINs,
// plates, RRNs, SMS codes, IP-shaped versions, masked cards, wrong check
// digits.
//
// The engine was judged on it once, untuned, with rules-2025.80 (engine
// 1.78.0, commit dd77328): every type met its target (ADDRESS 0.962, INN
// 0.986, PERSON 0.975, the others 1.0); 1.776% of PII characters leaked
// (133 of 7487: PERSON 83, ADDRESS 38, INN 12; an INN in a form's cell,
// lower-case names that are also words, lower-case surnames, a spoken
// English address), against the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.81
// (engine 1.79.0), with heldout139's: lower-case column headers
// ("фио,инн,снилс"), a make before its model in any case ("за Ладу Весту").
// With rules-2025.81: ADDRESS 0.962, PERSON 0.976, the others 1.0; leak
// 1.616% (121 of 7487: PERSON 83, ADDRESS 38).

// heldout138Floor guards the tuned level.
var heldout138Floor = map[string]float64{
	TypeBankAccount: 0.99, TypeCard: 0.99, TypeEmail: 0.99, TypeINN: 0.99, TypeIP: 0.99, TypeOGRN: 0.99,
	TypePassport: 0.99, TypePhone: 0.99, TypeSNILS: 0.99, TypeAddress: 0.96, TypePerson: 0.97,
}

// heldout138MaxLeak: target 0.005; 1.776% untuned, 1.616% tuned.
const heldout138MaxLeak = 0.017

func TestHeldout138(t *testing.T) {
	corpusCheck{file: "testdata/heldout138.jsonl", name: "hundred-and-thirty-eighth held-out corpus", minMessages: 250,
		floors: heldout138Floor, everyType: true, maxLeak: heldout138MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
