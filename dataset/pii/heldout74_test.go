package pii

import "testing"

// testdata/heldout74.jsonl is the seventy-fourth held-out file: 270
// messages (135 Russian, 135 English; 51 without personal data; 571 gold
// spans: PERSON 321, PHONE 61, ADDRESS 43, EMAIL 35, INN 21, PASSPORT 17,
// BANK_ACCOUNT 16, IP 15, OGRN 14, SNILS 14, CARD 14), written by hand by
// someone who saw neither the engine nor any other labelled file, while
// the engine was tuned on heldout72 and heldout73. It is the CRM of a
// company installing solar panels and heat pumps for country houses: site
// surveys, quotes, contracts, installation crews, grid connection with the
// utility, warranty cases, instalments and partner banks' loans; owners in
// villages, gated communities and garden plots, and foreign owners
// (German, French, Dutch, British, Korean, Serbian, Norwegian). Staff
// chats, e-mails with signatures and quoted history, claims, powers of
// attorney and the utility's letters, lower-case call transcripts (a
// passport and a card read out in words), notices and access logs,
// requisites, lists and checklists. Names with initials before or after,
// surnames alone in every case and families in the plural, diminutives,
// lower case, Latin capitals; titles (Mr., Mrs., Ms., Dr., господин,
// мадам) outside. Village, plot (уч.) and settlement (КП, СНТ) addresses,
// flats with корпус and кв., English-style ones, one read out; a city, a
// district or a settlement alone is no address. Negatives: Вера, Надежда,
// Любовь, Роза and Слава as words, Лада Ларгус, Grant funding, the bill,
// Frank feedback, Will you, Mark my words, May, Rich households, Sunny
// weather, Hope you're well, Joy to the world, Jordan the country,
// Victoria, BC, Tesla, a Jack-up ladder, Viessmann, Vaillant, Daikin,
// Huawei; contract, claim, order, invoice, application, tracking and fine
// numbers, cadastral and serial numbers, SKUs, versions shaped like IPs,
// plates, powers of attorney, ОМС, КПП, БИК, ОКПО, correspondent
// accounts, masked cards, a code, and INN, SNILS, OGRN, card and account
// numbers with a wrong check digit; no residence permits.
//
// The engine was judged on it once, untuned, with rules-2025.43 (engine
// 1.41.0, commit f50bdad): every identifier type 1.0, PERSON 0.959
// (targets met); ADDRESS 0.9195 misses its 0.92 target by a hair (village
// and plot addresses); 3.391% of PII characters leaked (317 of 9349:
// ADDRESS 174, PERSON 143), against the target of 0.5%.
//
// It is no longer held out: after that run its misses (with heldout75's)
// drove rules-2025.44 (engine 1.42.0). With rules-2025.44: every type 1.0
// but ADDRESS 0.989 (a plot in a gardening partnership the writer left
// unlabelled) and PERSON 0.967 (misses: surnames alone in English notes,
// "the Holloway site", "(Whitfield)", and the writer's ambiguous names,
// Bill, Grant, Jordan, Nadezhda, "rich"); leak 1.690% (158 of 9349: PERSON
// 113, ADDRESS 45).

// heldout74Floor guards the tuned level.
var heldout74Floor = map[string]float64{
	TypeBankAccount: 0.99, TypeCard: 0.99, TypeEmail: 0.99, TypeINN: 0.99, TypeIP: 0.99, TypeOGRN: 0.99,
	TypePassport: 0.99, TypePhone: 0.99, TypeSNILS: 0.99, TypeAddress: 0.98, TypePerson: 0.96,
}

// heldout74MaxLeak: target 0.005; 3.391% untuned, 1.690% tuned.
const heldout74MaxLeak = 0.017

func TestHeldout74(t *testing.T) {
	corpusCheck{file: "testdata/heldout74.jsonl", name: "seventy-fourth held-out corpus", minMessages: 250,
		floors: heldout74Floor, everyType: true, maxLeak: heldout74MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
