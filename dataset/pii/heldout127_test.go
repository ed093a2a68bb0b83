package pii

import "testing"

// testdata/heldout127.jsonl is the hundred-and-twenty-seventh held-out
// file: 278 messages (139 Russian, 139 English; 58 without personal data;
// 538 gold spans: PERSON 268, PHONE 67, EMAIL 60, ADDRESS 30, IP 27, INN
// 23, PASSPORT 22, BANK_ACCOUNT 15, CARD 13, OGRN 7, SNILS 6), written by
// hand by someone who saw neither the engine nor any other labelled file,
// while the engine was tuned on heldout122 to heldout125. It is the CRM of
// a concert and theatre ticketing platform in Russia and Armenia: orders
// and refunds, cancelled and moved events, chargebacks and fraud, lost and
// reissued tickets, personalised stadium tickets with holders' names and
// passports, promo codes, accessibility and deletion requests, contracts
// with performers and organisers. Chats, lower-case call transcripts,
// e-mails with headers, quotes, forwards and signatures, forms, CSV, pipe
// and semicolon tables, OCR'd contracts with stray spaces, platform,
// payment and antifraud logs, SMS templates. Full names in every case,
// initials, diminutives, lower-case names, holders in capitals, titles;
// names that are also words both ways (Вера, Надежда, Любовь, Роза, Слава,
// Лада, Hope, Grace, Will, Mark, Joy, Victoria); bands, shows and venues
// named after people («Мумий Тролль», «Иван Купала», Tchaikovsky Gala,
// Karen Demirchyan Complex, КЗ им. Чайковского) against performers named
// as people. Buyers', venues' and firms' addresses in Russia, Armenia, the
// UK and the US; foreign passports. Negatives: order, ticket, invoice,
// claim, RRN, ARN and tracking numbers, barcodes, masked cards, КПП, БИК,
// ОКПО, correspondent accounts, ОМС, a VIN, plates, IP-shaped versions,
// numbers with a wrong check digit.
//
// The engine was judged on it once, untuned, with rules-2025.75 (engine
// 1.73.0, commit d9b1181): every type met its target (ADDRESS 0.983,
// PASSPORT 0.977, PERSON 0.958: shows, venues and theatres named after
// people read as people; the others 1.0); 1.735% of PII characters leaked
// (146 of 8415: ADDRESS 70, PERSON 60, PASSPORT 16; an OCR'd address with
// stray spaces, an Armenian passport, lower-case names), against the
// target of 0.5%.
//
// It is no longer held out: after that run its misses (with heldout126's)
// drove rules-2025.76 (engine 1.74.0): festivals, concerts and galas in
// quotes or by their last word ("фестиваль «Иван Купала»", "Tchaikovsky
// Gala", "Karen Demirchyan Complex", "Ballet Theatre"), theatres and
// museums named after people ("в театре Вахтангова"). With rules-2025.76:
// PERSON 0.970, ADDRESS 0.983, PASSPORT 0.977, the others 1.0; leak
// 1.735% (146 of 8415: ADDRESS 70, PERSON 60, PASSPORT 16).

// heldout127Floor guards the tuned level.
var heldout127Floor = map[string]float64{
	TypeBankAccount: 0.99, TypeCard: 0.99, TypeEmail: 0.99, TypeINN: 0.99, TypeIP: 0.99, TypeOGRN: 0.99,
	TypePassport: 0.97, TypePhone: 0.99, TypeSNILS: 0.99, TypeAddress: 0.98, TypePerson: 0.96,
}

// heldout127MaxLeak: target 0.005; 1.735% untuned and tuned.
const heldout127MaxLeak = 0.018

func TestHeldout127(t *testing.T) {
	corpusCheck{file: "testdata/heldout127.jsonl", name: "hundred-and-twenty-seventh held-out corpus", minMessages: 250,
		floors: heldout127Floor, everyType: true, maxLeak: heldout127MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
