package pii

import "testing"

// testdata/heldout51.jsonl is the fifty-first held-out file: 261 messages
// (131 Russian, 130 English; 50 without personal data; 616 gold spans:
// PERSON 359, PHONE 48, ADDRESS 42, INN 31, EMAIL 30, IP 30, PASSPORT 19,
// BANK_ACCOUNT 16, CARD 15, OGRN 14, SNILS 12), written by hand by someone
// who saw neither the engine nor any other labelled file, while the engine
// was tuned on heldout48 and heldout49. It is the CRM of a wedding and event
// photo studio with a video and print lab, with foreign couples marrying
// in Russia, Georgia and Turkey: bookings and deposits, contracts, model
// releases and consent forms for guests and minors, album and print
// orders, delivery addresses, cloud gallery access logs, chargebacks,
// disputes, refunds; freelancers paid as self-employed (НПД) or
// entrepreneurs with their INN, SNILS, OGRNIP and accounts. Chats, letters
// and claims, e-mails with headers, signatures and quoted history,
// lower-case call and ASR transcripts, notices, tables, lead forms. Names
// in every case, diminutives, lower case, family plurals (Ивановы, the
// Harrisons), couples joined with "&" or "+", initials, capitals,
// SURNAME/NAME MR as manifests write them; titles and kinship words
// outside. Names inside hashtags, passwords and file names are not
// labelled. Foreign phones, addresses (Ireland, Poland, Czechia, Germany,
// the US, Canada, Turkey, Georgia) and passports; IPv6 and private IPv4; a
// gateway's test card that passes Luhn is labelled. Negatives: Вера в чудо,
// Слава богу, Лада Веста, Mark my words, Will you, Victoria the city, Rosa
// the flower, venues named after people (Усадьба Голицыных, Дом Пашкова,
// особняк Морозова, Villa Rosa), a street named after a person; order,
// invoice, ticket, contract, claim and dispute numbers, tracking numbers,
// amounts, dates, SKUs and serials, a VIN, plates, ОМС, КПП, ОКПО, БИК,
// correspondent accounts, masked cards, a 19-digit account, versions shaped
// like IPs, and INN, OGRN, SNILS and card numbers with a wrong check digit.
//
// The engine was judged on it once, untuned, with rules-2025.30 (engine
// 1.28.0, commit 9933102): BANK_ACCOUNT, CARD, EMAIL, OGRN, PHONE and
// SNILS 1.0, INN and IP 0.984, ADDRESS 0.976 and PERSON 0.946 (targets
// met); PASSPORT 0.944 (2 missed) misses its target; 2.468% of PII
// characters leaked (221 of 8953: PERSON 152, ADDRESS 31, PASSPORT 24, INN
// 14).

// It is no longer held out: after that run its misses (with heldout50's)
// drove rules-2025.31 (engine 1.29.0). With rules-2025.31: PERSON 0.961,
// ADDRESS 0.976, INN and IP 0.984, every other type 1.0; leak 1.943%
// (PERSON 123: names alone in quotes, «Свадьба Полины и Артёма», plural
// family names in lower case, "кузьминых", one-word names with no cue;
// ADDRESS 31: "ul. Marszałkowska 84/92 m. 17, 00-514 Warszawa"; INN 14: a
// grouped INN in a table).

// heldout51Floor guards the tuned level.
var heldout51Floor = map[string]float64{
	TypeBankAccount: 0.99, TypeCard: 0.99, TypeEmail: 0.99, TypeOGRN: 0.99, TypePassport: 0.99, TypePhone: 0.99,
	TypeSNILS: 0.99, TypeINN: 0.98, TypeIP: 0.98, TypeAddress: 0.97, TypePerson: 0.95,
}

// heldout51MaxLeak: target 0.005; 2.468% untuned, 1.943% tuned.
const heldout51MaxLeak = 0.02

func TestHeldout51(t *testing.T) {
	corpusCheck{file: "testdata/heldout51.jsonl", name: "fifty-first held-out corpus", minMessages: 250,
		floors: heldout51Floor, everyType: true, maxLeak: heldout51MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
