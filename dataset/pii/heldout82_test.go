package pii

import "testing"

// testdata/heldout82.jsonl is the eighty-second held-out file: 274
// messages (142 Russian, 132 English; 58 without personal data; 583 gold
// spans: PERSON 299, ADDRESS 81, PHONE 58, EMAIL 34, INN 22, IP 17,
// PASSPORT 16, CARD 15, BANK_ACCOUNT 14, SNILS 14, OGRN 13), written by
// hand by someone who saw neither the engine nor any other labelled file,
// while the engine was tuned on heldout80 and heldout81. It is the CRM of
// an online flower and gift delivery shop: orders with recipients' names
// and addresses, greeting card texts, anonymous senders, couriers' chats
// and route sheets, delivery photos, refunds for wilted bouquets, foreign
// customers sending flowers to Russia, corporate birthday gifts. Chats,
// letters, e-mails with signatures and quoted history, lower-case call
// transcripts, system and fraud logs, requisites, HR lists, job
// applications. Names in full, with initials (the final dot inside the
// label), in every case, diminutives, lower case, in card texts and
// signatures, Latin names in Russian text; titles (Mr., Mrs., Dr., Prof.,
// Frau) outside. Flowers and names side by side: Роза and розы, Лилия and
// лилии, Маргарита and маргаритки, Lily, Rose, Iris, Daisy, Heather,
// Jasmine, Ivy. Addresses Russian in full, short and spoken,
// transliterated, UK and US billing ones; a hotel, a cemetery or a
// housing complex before an address stays out. Negatives: "Вера в…",
// "Надежда умирает…", "Слава богу", "Mark my words", "Will you", Hope,
// Grace, Sunny, "bill" beside a Bill, Victoria and Florence the cities,
// Georgia the state, named bouquets and peony cultivars, "Hall & Partners";
// order, ticket, invoice, contract, tender and claim numbers, tracking
// numbers, SKUs, a VIN, plates, ОМС, КПП, БИК, ОКПО, correspondent
// accounts, masked cards, a version shaped like an IP, GPS coordinates,
// and INN, SNILS and card numbers with a wrong check digit.
//
// The engine was judged on it once, untuned, with rules-2025.48 (engine
// 1.46.0, commit d893951): every identifier type but IP 1.0, IP 0.971,
// ADDRESS 0.994, PERSON 0.965: every F1 target met; 0.833% of PII
// characters leaked (82 of 9843: ADDRESS 43, PERSON 33, PASSPORT 6),
// against the target of 0.5%.
//
// It is no longer held out: after that run its misses (with heldout83's)
// drove rules-2025.51 (engine 1.49.0). With rules-2025.51: every type 1.0
// but ADDRESS 0.994 and PERSON 0.992 (misses: «Розочка» in a card's text;
// false alarms: Маргаритки the flowers, Heather the plant, Flora and Ivy in
// a firm's and a bouquet's name); leak 0.569% (56 of 9843: ADDRESS 43,
// PERSON 7, PASSPORT 6).

// heldout82Floor guards the tuned level.
var heldout82Floor = map[string]float64{
	TypeBankAccount: 0.99, TypeCard: 0.99, TypeEmail: 0.99, TypeINN: 0.99, TypeIP: 0.99, TypeOGRN: 0.99,
	TypePassport: 0.99, TypePhone: 0.99, TypeSNILS: 0.99, TypeAddress: 0.99, TypePerson: 0.98,
}

// heldout82MaxLeak: target 0.005; 0.833% untuned, 0.569% tuned.
const heldout82MaxLeak = 0.006

func TestHeldout82(t *testing.T) {
	corpusCheck{file: "testdata/heldout82.jsonl", name: "eighty-second held-out corpus", minMessages: 250,
		floors: heldout82Floor, everyType: true, maxLeak: heldout82MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
