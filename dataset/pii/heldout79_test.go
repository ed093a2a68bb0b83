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
// 1.44.0, commit bc2a52e): BANK_ACCOUNT, CARD, INN, IP, OGRN, PHONE and
// SNILS 1.0, EMAIL 0.987, ADDRESS 0.941, PERSON 0.954 (targets met);
// PASSPORT 0.9375 (one missed, one false alarm) misses its target; 3.357%
// of PII characters leaked (345 of 10277: ADDRESS 241, PERSON 94, PASSPORT
// 10), against the target of 0.5%. It has not been tuned on: these are
// held-out figures.

// heldout79Floor is the target where it was met, else a floor just
// below the level reached.
var heldout79Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
	TypePassport: 0.93, // target 0.97: missed (0.9375)
}

// heldout79MaxLeak: target 0.005, missed (3.357%).
const heldout79MaxLeak = 0.034

func TestHeldout79(t *testing.T) {
	corpusCheck{file: "testdata/heldout79.jsonl", name: "seventy-ninth held-out corpus", minMessages: 250,
		floors: heldout79Floor, everyType: true, maxLeak: heldout79MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
