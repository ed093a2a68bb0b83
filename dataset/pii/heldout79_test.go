package pii

import "testing"

// testdata/heldout79.jsonl is the seventy-ninth held-out file: 260
// messages (130 Russian, 130 English; 58 without personal data; 627 gold
// spans: PERSON 348, PHONE 66, ADDRESS 60, EMAIL 37, INN 25, IP 18,
// BANK_ACCOUNT 17, PASSPORT 16, CARD 14, OGRN 13, SNILS 13), written by
// hand by someone who saw neither the engine nor any other labelled file,
// while the engine was tuned on heldout76 and heldout77. It is the CRM of
// an architecture and interior design bureau: client briefs, measurements
// in city flats and country houses, design contracts and stage payments,
// contractors and suppliers (joinery, stone, lighting, Italian and French
// factories), approvals with building management, the housing inspectorate,
// heritage authorities and district administrations; foreign clients (UK,
// US, UAE, Germany, China, India, Kazakhstan, Poland) with their phones,
// passports and English, Italian, French and German addresses. Chats,
// letters and claims, e-mails with signatures and quoted history,
// lower-case call transcripts, notices, requisites, payment registers,
// lists. Names in every case, diminutives (саш, лёхе, Катюш, Наденька),
// lower case, initials, signatures, "SURNAME/NAME MR", families ("the
// Grants", "у воронцовых"); titles outside; spoken addresses end on the
// house's number word. Negatives: "Слава богу", "Вера в успех", "Любовь к
// деталям", "Надежда на поставку", "Mark my words", "Will you", Victoria
// (BC), the Victoria and Grace tile collections, Amber, Rose and Ivy the
// colours, a hydraulic jack, "bill", "we hope"; brands and firms with
// surnames (Tom Dixon, Villeroy & Boch, «Петрович», Леруа Мерлен, Maison
// Laurent, Pike & Rowe, Okafor Holdings); КПП, БИК, ОКПО, correspondent
// accounts, masked cards, versions shaped like IPs, contract, invoice,
// order, claim, ticket, tracking and waybill numbers, SKUs, a VIN, plates,
// ОМС, a work patent, and INN, SNILS, card and OGRN numbers with a wrong
// check digit.
//
// The engine was judged on it once, untuned, with rules-2025.46 (engine
// 1.44.0, commit f564c84): BANK_ACCOUNT, CARD, INN, IP, OGRN, PHONE and
// SNILS 1.0, EMAIL 0.987, ADDRESS 0.941, PERSON 0.954 (targets met);
// PASSPORT 0.9375 (one missed, one false alarm) misses its target; 3.357%
// of PII characters leaked (345 of 10277: ADDRESS 241, PERSON 94, PASSPORT
// 10), against the target of 0.5%.
//
// It is no longer held out: after that run its misses (with heldout78's)
// drove rules-2025.47 (engine 1.45.0). With rules-2025.47: every type 1.0
// but EMAIL 0.987 (a supplier's mailbox the writer left unlabelled),
// PASSPORT 0.9375 (a passport number corrected in the next message, with
// no passport word near it), ADDRESS 0.992 and PERSON 0.961 (Amber, Rose
// and Laurent as a collection, a colour and a firm; lower-case names and
// families, "у воронцовых"); leak 2.238% (230 of 10277: ADDRESS 126,
// PERSON 94, PASSPORT 10).

// heldout79Floor guards the tuned level.
var heldout79Floor = map[string]float64{
	TypeBankAccount: 0.99, TypeCard: 0.99, TypeINN: 0.99, TypeIP: 0.99, TypeOGRN: 0.99, TypePhone: 0.99,
	TypeSNILS: 0.99, TypeEmail: 0.98, TypePassport: 0.93, TypeAddress: 0.98, TypePerson: 0.96,
}

// heldout79MaxLeak: target 0.005; 3.357% untuned, 2.238% tuned.
const heldout79MaxLeak = 0.023

func TestHeldout79(t *testing.T) {
	corpusCheck{file: "testdata/heldout79.jsonl", name: "seventy-ninth held-out corpus", minMessages: 250,
		floors: heldout79Floor, everyType: true, maxLeak: heldout79MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
