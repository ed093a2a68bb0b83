package pii

import "testing"

// testdata/heldout52.jsonl is the fifty-second held-out file: 262 messages
// (131 Russian, 131 English; 49 without personal data; 557 gold spans:
// PERSON 255, ADDRESS 79, PHONE 57, IP 42, EMAIL 30, BANK_ACCOUNT 18, INN
// 18, PASSPORT 17, CARD 15, SNILS 13, OGRN 13), written by hand by someone
// who saw neither the engine nor any other labelled file, while the engine
// was tuned on heldout50 and heldout51. It is the CRM and field service of
// an internet and cable-TV provider and a home-appliance repair network in
// Russian cities, with English-speaking expats: operator and technician
// chats, complaints and applications, e-mails with signatures and quoted
// history, outage reports, work orders, requisites; lower-case transcripts
// in which elderly customers dictate names, addresses, phones and a SNILS
// in words. Informal addresses ("Победы 57-12", пр-т, корп., лит., пом.),
// transliterated and spoken ones, with entrance, floor and intercom outside
// the span; a city in brackets after an address is outside it too. Names in
// every case, diminutives, lower case, initials, signatures; landlords,
// tenants, heirs. IPs public, private, CGNAT and IPv6 (link-local too) next
// to MACs, ONT serials, IMEIs and firmware versions shaped like IPs.
// Negatives: Вера в успех, Слава богу, Will you, Mark my words, Victoria the
// city next to a Victoria Lane, ИП before a name; masked cards, card
// endings, correspondent accounts, БИК, КПП, ОКПО, contract, ticket, claim,
// order, invoice, transaction and tracking numbers, personal-account
// numbers, door codes, part numbers, outage statistics, and INN, SNILS,
// card and OGRNIP numbers with a wrong check digit next to the right ones.
//
// The engine was judged on it once, untuned, with rules-2025.31 (engine
// 1.29.0, commit 703d3c4): BANK_ACCOUNT, CARD, EMAIL, INN, IP, OGRN and
// PASSPORT 1.0, PHONE 0.991, PERSON 0.990 and ADDRESS 0.920 (targets met,
// ADDRESS exactly); SNILS 0.960 (the one read out in words, missed) misses
// its target; 4.469% of PII characters leaked (433 of 9690: ADDRESS 303,
// SNILS 68, PHONE 31, PERSON 31): ten addresses missed, most of them
// informal or spoken.

// It is no longer held out: after that run its misses (with heldout53's)
// drove rules-2025.32 (engine 1.30.0). With rules-2025.32: PERSON 0.992,
// PHONE 0.991, ADDRESS 0.981, every other type 1.0; leak 2.023% (ADDRESS
// 134: parts of informal and spoken addresses, "гагарина тридцать два
// квартира сорок" without a street word, "Bolshoy pr. P.S. 60"; PERSON
// 31; PHONE 31: "два семь два, сорок, двенадцать", six digits read out).

// heldout52Floor guards the tuned level.
var heldout52Floor = map[string]float64{
	TypeBankAccount: 0.99, TypeCard: 0.99, TypeEmail: 0.99, TypeINN: 0.99, TypeIP: 0.99, TypeOGRN: 0.99,
	TypePassport: 0.99, TypeSNILS: 0.99, TypePerson: 0.98, TypePhone: 0.98, TypeAddress: 0.97,
}

// heldout52MaxLeak: target 0.005; 4.469% untuned, 2.023% tuned.
const heldout52MaxLeak = 0.021

func TestHeldout52(t *testing.T) {
	corpusCheck{file: "testdata/heldout52.jsonl", name: "fifty-second held-out corpus", minMessages: 250,
		floors: heldout52Floor, everyType: true, maxLeak: heldout52MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
