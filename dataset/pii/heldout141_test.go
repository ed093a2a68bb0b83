package pii

import "testing"

// testdata/heldout141.jsonl is the hundred-and-forty-first held-out file:
// 285 messages (142 Russian, 143 English; 62 without personal data; 644
// gold spans: PERSON 390, PHONE 54, ADDRESS 47, EMAIL 38, PASSPORT 31, INN
// 18, BANK_ACCOUNT 18, CARD 16, IP 15, SNILS 9, OGRN 8), written by hand by
// someone who saw neither the engine nor any other labelled file, while the
// engine was tuned on heldout136 to heldout139. It is the CRM of a national
// athletics and swimming federation: athlete registry and licences,
// entries, start lists and results, travel abroad (passports, visas,
// flights, hotels), medical, TUE and doping-control forms, judges' and
// coaches' contracts and requisites, prize money and grants to cards and
// accounts, regional federations, parents of juniors, complaints, appeals,
// deletion requests. Chats, lower-case call transcripts, e-mails with
// headers, quotes, forwards and signatures, forms, CSV and pipe tables with
// bibs, lanes, times and dates, OCR'd passports and medical certificates,
// portal logs with IPv4 and IPv6, SMS, a WhatsApp export. Athletes by
// surname only, "SURNAME Given", SURNAME/GIVEN with MR/MRS outside;
// clubs, schools and tournaments named after people (Мемориал Знаменских,
// «Кубок Казанкиной», Znamensky Memorial) unlabelled; every case form,
// diminutives, lower-case names, initials; names that are also words both
// ways (Вера, Надежда, Любовь, Роман, Лев, Слава, Hope, Grace, Will, Mark,
// Victoria the place). Foreign athletes' names, phones, passports and
// addresses (Nigeria, the UK, Germany, Poland, Spain, the Netherlands,
// Italy, the US). Negatives: licence, entry, bib, event, contract, flight,
// booking, invoice, ticket and policy numbers, ОМС, КПП, БИК, ОКПО,
// correspondent accounts, masked cards, IP-shaped versions, wrong check
// digits.
//
// The engine was judged on it once, untuned, with rules-2025.81 (engine
// 1.79.0, commit 38d50fa): IP 0.968 missed its target (a version read as an
// IP), ADDRESS 0.978, PERSON 0.947 and the other types (1.0) met theirs;
// 2.949% of PII characters leaked (290 of 9834: PERSON 218, ADDRESS 72;
// "SURNAME Given" start lists, athletes by surname alone, Nigerian and
// Kenyan names, addresses in Zagreb and a lower-case Italian one), against
// the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.82
// (engine 1.80.0), with heldout140's: start lists in "SURNAME Given" after
// a place or a lane ("3. РУБЦОВ Марк", "3 CECCON Thomas ITA"), awards and
// federations ("Jesse Owens Award", "Athletics Federation"), a log's client
// version beside its IP ("client=2.14.3.1"). With rules-2025.82: ADDRESS
// 0.978, PERSON 0.957, the others 1.0; leak 2.715% (267 of 9834: PERSON
// 195, ADDRESS 72).

// heldout141Floor guards the tuned level.
var heldout141Floor = map[string]float64{
	TypeBankAccount: 0.99, TypeCard: 0.99, TypeEmail: 0.99, TypeINN: 0.99, TypeIP: 0.99, TypeOGRN: 0.99,
	TypePassport: 0.99, TypePhone: 0.99, TypeSNILS: 0.99, TypeAddress: 0.97, TypePerson: 0.95,
}

// heldout141MaxLeak: target 0.005; 2.949% untuned, 2.715% tuned.
const heldout141MaxLeak = 0.028

func TestHeldout141(t *testing.T) {
	corpusCheck{file: "testdata/heldout141.jsonl", name: "hundred-and-forty-first held-out corpus", minMessages: 250,
		floors: heldout141Floor, everyType: true, maxLeak: heldout141MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
