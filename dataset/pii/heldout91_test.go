package pii

import "testing"

// testdata/heldout91.jsonl is the ninety-first held-out file: 279 messages
// (141 Russian, 138 English; 58 without personal data; 604 gold spans:
// PERSON 318, ADDRESS 72, PHONE 68, EMAIL 37, INN 27, PASSPORT 21, IP 20,
// OGRN 13, CARD 12, BANK_ACCOUNT 9, SNILS 7), written by hand by someone
// who saw neither the engine nor any other labelled file, while the engine
// was tuned on heldout88 and heldout89. It is the CRM of an online
// consumer-rights legal service: disputes with shops, airlines (Russian
// rules and EU261), banks, developers, car dealers, telecom operators, tour
// operators and insurers. Intake forms, lawyers' notes, претензии and
// исковые заявления with the parties' details, powers of attorney,
// receipts, pipe tables, chats, e-mails with headers, quoted replies,
// forwards and signatures, lower-case transcripts in both languages,
// client-portal logs, court-hearing and payment notices, complaints about
// bailiffs, refunds with bank details. Names in the dative, genitive and
// instrumental of legal text, initials either side, diminutives (Танечка,
// Лёш, димон), capitals (PETROVA/ANNA with MRS outside), lower case,
// possessives (Marco's), judges, bailiffs, notaries, lawyers and ИП holders
// with their titles outside. Addresses of parties, courts and firms, in
// Russian layouts (индекс, область, г.о., мкр., корп., стр., лит., пом.,
// офис, вл.), transliterated, and German, French, Spanish, Dutch, British,
// US, Canadian and Turkish ones. Negatives: case numbers (2-…/2025,
// А40-…/25), enforcement proceedings, tickets, PNRs, flights, invoices,
// claims and vouchers, law articles and Regulation (EC) No 261/2004, КПП,
// ОКПО, БИК, correspondent accounts, masked cards and phones, a notarial
// blank's number, versions, numbers with a wrong check digit; firms named
// after people (ООО «Петрович», «У Ашота», McDonald's, Thomas Cook, Jack
// Daniel's, Dr. Martens), courts named after places (Пресненский,
// Бабушкинский), Лада Веста, Слава богу, Вера в успех, Grace period.
//
// The engine was judged on it once, untuned, with rules-2025.54 (engine
// 1.52.0, commit 05635d0): BANK_ACCOUNT, CARD, EMAIL, INN, IP, OGRN, PHONE
// and SNILS 1.0, PASSPORT 0.976, ADDRESS 0.965, PERSON 0.957: every F1
// target met; 2.344% of PII characters leaked (266 of 11347: PERSON 153,
// ADDRESS 104, PASSPORT 9), against the target of 0.5%.
//
// It is no longer held out: after that run its misses (with heldout90's)
// drove rules-2025.55 (engine 1.53.0). With rules-2025.55: ADDRESS 0.979
// (misses: "Keizersgracht 452-2, 1016 GD Amsterdam", "Bolshaya Ordynka
// 12"), PERSON 0.974 (misses: lower-case surnames, a GDS line
// "…/BRANDT/OLIVER", "Brandt's booking", "my wife is also Thompson"),
// PASSPORT 0.976 (the GDS line's passport); leak 1.674% (190 of 11347:
// PERSON 108, ADDRESS 73, PASSPORT 9).

// heldout91Floor guards the tuned level.
var heldout91Floor = map[string]float64{
	TypeBankAccount: 0.99, TypeCard: 0.99, TypeEmail: 0.99, TypeINN: 0.99, TypeIP: 0.99, TypeOGRN: 0.99,
	TypePassport: 0.97, TypePhone: 0.99, TypeSNILS: 0.99, TypeAddress: 0.97, TypePerson: 0.97,
}

// heldout91MaxLeak: target 0.005; 2.344% untuned, 1.674% tuned.
const heldout91MaxLeak = 0.017

func TestHeldout91(t *testing.T) {
	corpusCheck{file: "testdata/heldout91.jsonl", name: "ninety-first held-out corpus", minMessages: 250,
		floors: heldout91Floor, everyType: true, maxLeak: heldout91MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
