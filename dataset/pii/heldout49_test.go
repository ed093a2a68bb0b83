package pii

import "testing"

// testdata/heldout49.jsonl is the forty-ninth held-out file: 272 messages
// (136 Russian, 136 English; 51 without personal data; 487 gold spans:
// PERSON 270, PHONE 51, ADDRESS 34, EMAIL 26, PASSPORT 21, INN 18,
// BANK_ACCOUNT 15, CARD 14, IP 14, OGRN 12, SNILS 12), written by hand by
// someone who saw neither the engine nor any other labelled file, while the
// engine was tuned on heldout46 and heldout47. It is the CRM of a pawnshop
// and jewellery chain in Russian cities with a partner workshop in Dubai
// and Istanbul, for Russian clients, expats, tourists and foreign students:
// gold and watch pledges, loan tickets, extensions, redemptions and the
// grace period, auctions of unredeemed lots, repair and engraving orders,
// buyback of phones and laptops, AML (115-ФЗ) checks, online photo
// appraisals with login and IP logs. Chats and messenger slang with emoji,
// letters, e-mails with signatures and quoted history, lower-case call
// transcripts, notices, requisites, call lists, staff memos. Names in every
// case, diminutives, lower case, names inside engraving texts, surnames
// alone, Latin transliterations, Turkish, Arabic and Asian names, initials
// before the surname; titles (Mr, Ms, miss, ИП) outside. Brands against
// people: SOKOLOV and Соколов, Tiffany the brand and a client, Patek
// Philippe and a Philippe, the watch brands Ника and Victoria, a shop
// «Надежда», Вера в…, Любовь к…, Mark my words, rose gold. Negatives:
// loan-ticket, order, claim, invoice and operation numbers, amounts, gold
// rates, weights, assay and hallmark numbers, watch references and
// serials, IMEIs, SKUs, gem certificates, tracking numbers, a VIN, a plate,
// КПП, БИК, ОКПО, correspondent accounts, ОМС, masked cards, versions
// shaped like IPs, a Telegram handle, and INN, SNILS, OGRN and card
// numbers with a wrong check digit.
//
// The engine was judged on it once, untuned, with rules-2025.29 (engine
// 1.27.0, commit c2aeed2): BANK_ACCOUNT, CARD, EMAIL, INN, OGRN, PASSPORT,
// PHONE and SNILS 1.0, ADDRESS 0.939 and PERSON 0.926 (targets met); IP
// 0.966 (one false alarm) misses its target; 2.274% of PII characters
// leaked (168 of 7387: ADDRESS 91, PERSON 77).

// It is no longer held out: after that run its misses (with heldout48's)
// drove rules-2025.30 (engine 1.28.0). With rules-2025.30: ADDRESS 0.985,
// IP 0.966, PERSON 0.951, every other type 1.0; leak 0.961% (PERSON 57:
// names alone in an engraving, «Марк», «Ника навсегда», lower-case chat
// names; ADDRESS 14, "на Баумана 44").

// heldout49Floor guards the tuned level.
var heldout49Floor = map[string]float64{
	TypeBankAccount: 0.99, TypeCard: 0.99, TypeEmail: 0.99, TypeINN: 0.99, TypeOGRN: 0.99, TypePassport: 0.99,
	TypePhone: 0.99, TypeSNILS: 0.99, TypeAddress: 0.98, TypeIP: 0.95, TypePerson: 0.94,
}

// heldout49MaxLeak: target 0.005; 2.274% untuned, 0.961% tuned.
const heldout49MaxLeak = 0.01

func TestHeldout49(t *testing.T) {
	corpusCheck{file: "testdata/heldout49.jsonl", name: "forty-ninth held-out corpus", minMessages: 250,
		floors: heldout49Floor, everyType: true, maxLeak: heldout49MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
