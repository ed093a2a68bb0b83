package pii

import "testing"

// testdata/heldout90.jsonl is the ninetieth held-out file: 278 messages
// (141 Russian, 137 English; 58 without personal data; 766 gold spans:
// PERSON 413, PHONE 109, EMAIL 70, ADDRESS 56, IP 29, PASSPORT 24, INN 22,
// BANK_ACCOUNT 15, OGRN 12, CARD 9, SNILS 7), written by hand by someone
// who saw neither the engine nor any other labelled file, while the engine
// was tuned on heldout88 and heldout89. It is the CRM of a company running
// mass sports events (city marathons, trail runs, ski races, gran fondos
// and relays in Russia, Kazakhstan, Armenia, Georgia, Serbia and Turkey):
// registration forms, corporate and club team lists, medical certificates,
// emergency contacts, bib transfers, refunds and insurance claims,
// chip-time disputes, volunteer rosters, partner hotels and transfers,
// merchandise deliveries, photographers, sponsor contracts, data-deletion
// requests. Chats, complaint letters, e-mails with headers, quoted replies,
// forwards and signatures, lower-case transcripts, tables and CSV exports,
// start lists, system, payment and antifraud logs. Names in every case,
// vocatives and diminutives, lower case, capitals printed on bibs, initials
// either side, ИП holders; Kazakh, Armenian, Georgian, Serbian, Turkish,
// Kenyan, Ethiopian, German, Spanish, Irish, Vietnamese and Japanese names;
// titles outside (Dr., Herr, Ato, W/ro, господин, MR/MRS). Addresses in
// Russian and nine foreign layouts. Negatives: bib and chip numbers, finish
// times, paces, heart rates, dates of birth, order, invoice, contract,
// claim, policy, ticket and track numbers, promo codes, КПП, БИК, ОКПО,
// ОКТМО, correspondent accounts, masked cards, versions shaped like IPs,
// numbers with a wrong check digit; Вера в успех, Слава богу, Лада Веста,
// Will, Mark, Bill, May 18, Hope, Victoria BC, Королёв, Georgia, Brooks,
// Chase, clubs, teams and races named after people (Мемориал Куца, Кубок
// Вяльбе, Team Kipchoge Fans).
//
// The engine was judged on it once, untuned, with rules-2025.54 (engine
// 1.52.0, commit 05635d0): BANK_ACCOUNT, CARD, EMAIL, INN, OGRN, PHONE and
// SNILS 1.0, IP 0.983, PASSPORT 0.979, ADDRESS 0.9735, PERSON 0.955: every
// F1 target met; 2.666% of PII characters leaked (358 of 13427: PERSON 283,
// ADDRESS 65, PASSPORT 10), against the target of 0.5%.
//
// It is no longer held out: after that run its misses (with heldout91's)
// drove rules-2025.55 (engine 1.53.0). With rules-2025.55: IP 1.0, ADDRESS
// 0.9825 (false alarms: "Tbilisi Trail 35K", a race's distance), PERSON
// 0.967 (misses: lower-case vocatives, Ethiopian and Kenyan names in
// Cyrillic, "VAN DER BERG L."; false alarms: firms and races, Lincoln Park,
// Georgia), PASSPORT 0.979 (a passport two sentences after its word);
// leak 1.951% (262 of 13427: PERSON 218, ADDRESS 34, PASSPORT 10).

// heldout90Floor guards the tuned level.
var heldout90Floor = map[string]float64{
	TypeBankAccount: 0.99, TypeCard: 0.99, TypeEmail: 0.99, TypeINN: 0.99, TypeIP: 0.99, TypeOGRN: 0.99,
	TypePassport: 0.97, TypePhone: 0.99, TypeSNILS: 0.99, TypeAddress: 0.98, TypePerson: 0.96,
}

// heldout90MaxLeak: target 0.005; 2.666% untuned, 1.951% tuned.
const heldout90MaxLeak = 0.020

func TestHeldout90(t *testing.T) {
	corpusCheck{file: "testdata/heldout90.jsonl", name: "ninetieth held-out corpus", minMessages: 250,
		floors: heldout90Floor, everyType: true, maxLeak: heldout90MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
