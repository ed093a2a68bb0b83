package pii

import "testing"

// testdata/heldout73.jsonl is the seventy-third held-out file: 266
// messages (134 Russian, 132 English; 56 without personal data; 623 gold
// spans: PERSON 383, PHONE 58, EMAIL 34, ADDRESS 31, PASSPORT 25, INN 20,
// BANK_ACCOUNT 20, OGRN 14, SNILS 13, CARD 13, IP 12), written by hand by
// someone who saw neither the engine nor any other labelled file, while
// the engine was tuned on heldout70 and heldout71. It is the office of a
// private secondary school in Moscow: admissions and entrance tests,
// parents' contracts and tuition, school bus routes and pickup
// permissions, the medical office's logs and allergy registers, foreign
// families relocating, staff HR files, clubs and trips. Parents' chats,
// letters, e-mails with headers, signatures and quoted history, lower-case
// call transcripts, notices, requisites, payroll lists and registers.
// Names in full, with initials, in every case, diminutives, lower case,
// cardholders in Latin capitals, "Surname, Name", Korean, Arabic and
// Spanish names, families by surname; titles (Mr., Ms., Dr., coach, Nurse)
// outside. Passports Russian and foreign (Kazakh, Uzbek, German, Nigerian,
// Canadian, Korean, UAE, Irish, Spanish, UK). Negatives: "Вера в успех",
// "Слава богу", "Надежда есть", "Will you", "Mark my words", "Bill from the
// canteen", "grace period", Victoria Falls and Park, roles in a play
// (Hermia, Puck, Oberon), logins; contract, invoice, order, ticket and
// operation numbers, tracking numbers, plates, ОМС, КПП, БИК, ОКПО,
// correspondent accounts, masked cards, MAC addresses, versions shaped
// like IPs, birth certificates, and INN, SNILS, card and OGRN numbers with
// a wrong check digit; a bus stop, a city, a metro station or a street
// alone is no address.
//
// The engine was judged on it once, untuned, with rules-2025.42 (engine
// 1.40.0, commit 112c237): every identifier type 1.0, ADDRESS 0.984 and
// PERSON 0.960: every F1 target met; 2.032% of PII characters leaked (192
// of 9449: PERSON 145, ADDRESS 41, PASSPORT 6), against the target of
// 0.5%.
//
// It is no longer held out: after that run its misses (with heldout72's)
// drove rules-2025.43 (engine 1.41.0). With rules-2025.43: every type 1.0
// but ADDRESS 0.984 (a Korean address, "50-1 Yonsei-ro, Seodaemun-gu,
// Seoul 03722") and PERSON 0.982 (misses: names with no cue, "tom is
// waiting", "Lily 2B", "Harrington" signing a message, "Юн Мира" in a
// list); leak 1.122% (106 of 9449: PERSON 59, ADDRESS 41, PASSPORT 6).

// heldout73Floor guards the tuned level.
var heldout73Floor = map[string]float64{
	TypeBankAccount: 0.99, TypeCard: 0.99, TypeEmail: 0.99, TypeINN: 0.99, TypeIP: 0.99, TypeOGRN: 0.99,
	TypePassport: 0.99, TypePhone: 0.99, TypeSNILS: 0.99, TypeAddress: 0.98, TypePerson: 0.98,
}

// heldout73MaxLeak: target 0.005; 2.032% untuned, 1.122% tuned.
const heldout73MaxLeak = 0.012

func TestHeldout73(t *testing.T) {
	corpusCheck{file: "testdata/heldout73.jsonl", name: "seventy-third held-out corpus", minMessages: 250,
		floors: heldout73Floor, everyType: true, maxLeak: heldout73MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
