package pii

import "testing"

// testdata/heldout125.jsonl is the hundred-and-twenty-fifth held-out file:
// 278 messages (140 Russian, 138 English; 66 without personal data; 528
// gold spans: PERSON 315, PHONE 65, ADDRESS 38, EMAIL 34, PASSPORT 20, IP
// 15, INN 13, BANK_ACCOUNT 10, SNILS 8, CARD 6, OGRN 4), written by hand by
// someone who saw neither the engine nor any other labelled file, while
// the engine was tuned on heldout120 to heldout123. It is the CRM of a
// residential developer's sales offices in Moscow region and Kazan: leads,
// show-flat viewings, reservations, ДДУ contracts with escrow, mortgage
// approvals, handover of keys, defect lists, management-company tickets,
// complaints, refunds, deletion requests. Chats and WhatsApp threads,
// lower-case call transcripts and voicemails, e-mails with headers,
// quotes, forwards and signatures, web forms, SMS, CSV and pipe tables
// (leads, prices, payments, handovers, a 1C export), CRM, login and
// payment logs, an OCR'd ДДУ, handover act, passport page and receipt.
// Names in every case, initials, diminutives, capitals from OCR,
// lower-case names, titles; names that are also words both ways (Вера,
// Надежда, Любовь, Слава, Роман, Лев, Hope, Grace, Will, Mark, Rose,
// Victoria, Love); complexes and streets named after people (ЖК «Гагарин»,
// «Лермонтов», «Пушкин Парк», «Тукай») against a buyer called Gagarin;
// co-buyers and families sharing a surname, powers of attorney, notaries,
// brokers. Registration and new flats' addresses in Russian and
// transliterated English, UK and Dubai addresses, a spoken one.
// Negatives: contract, lot, cadastral, escrow, ticket, receipt, request and
// tracking numbers, VIN, plates, ОМС, КПП, БИК, ОКПО, correspondent
// accounts, masked cards, IP-shaped versions, numbers with a wrong check
// digit.
//
// The engine was judged on it once, untuned, with rules-2025.74 (engine
// 1.72.0, commit 5c6cffb): ADDRESS 0.974, PERSON 0.973 and every
// identifier 1.0 (targets met) but EMAIL 0.958 (three company addresses
// the writer left unlabelled); 2.330% of PII characters leaked (202 of
// 8671: PERSON 137, ADDRESS 65; families named in the plural, lower-case
// names that are also words, a spoken address), against the target of
// 0.5%.
//
// It is no longer held out: after that run its misses (with heldout124's)
// drove rules-2025.75 (engine 1.73.0): nouns shaped like surnames in -ина
// ("Трещина на откосе окна"), a preposition opens no street's name
// ("перекрыт проезд с 10 до 16"). With rules-2025.75: ADDRESS 0.987,
// PERSON 0.976, EMAIL 0.958, the others 1.0; leak 2.330% (202 of 8671:
// PERSON 137, ADDRESS 65).

// heldout125Floor guards the tuned level.
var heldout125Floor = map[string]float64{
	TypeBankAccount: 0.99, TypeCard: 0.99, TypeEmail: 0.95, TypeINN: 0.99, TypeIP: 0.99, TypeOGRN: 0.99,
	TypePassport: 0.99, TypePhone: 0.99, TypeSNILS: 0.99, TypeAddress: 0.98, TypePerson: 0.97,
}

// heldout125MaxLeak: target 0.005; 2.330% untuned and tuned.
const heldout125MaxLeak = 0.024

func TestHeldout125(t *testing.T) {
	corpusCheck{file: "testdata/heldout125.jsonl", name: "hundred-and-twenty-fifth held-out corpus", minMessages: 250,
		floors: heldout125Floor, everyType: true, maxLeak: heldout125MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
