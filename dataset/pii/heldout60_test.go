package pii

import "testing"

// testdata/heldout60.jsonl is the sixtieth held-out file: 262 messages (131
// Russian, 131 English; 55 without personal data; 747 gold spans: PERSON
// 392, PHONE 152, PASSPORT 47, IP 30, ADDRESS 29, EMAIL 25, INN 19, CARD 15,
// OGRN 13, BANK_ACCOUNT 13, SNILS 12), written by hand by someone who saw
// neither the engine nor any other labelled file, while the engine was
// tuned on heldout58 and heldout59. It is the CRM of a mobile operator's
// customer service and SIM registration desk: registration, number
// porting, lost and stolen phones, roaming complaints, corporate plans,
// prepaid top-ups, fraud and SIM-swap alerts; many foreign customers with
// Uzbek, Tajik, Kyrgyz, Armenian, Indian, UK, US and Vietnamese passports
// and home numbers (+998, +992, +996, +374, +44, +1, +91). Chats,
// lower-case call and voicemail transcripts with numbers read out, letters
// and e-mails with signatures and quoted history, SMS and notices, login
// and payment logs, requisites, shift notes, lists. Phones in every format,
// 8-800 hotlines, numbers in words; masked phones are not labelled. Names
// in several cases, initials, diminutives (Ванечка, сашуль, танька), lower
// case, possessives; titles outside; two expired passports labelled.
// Negatives: Слава богу, Надежда есть, Вера в…, Лада Веста, the tariffs
// «Ангелина», «Маруся» and «Лада», Will, Mark, Grace, Hope and Joy as
// words, Victoria, Jordan and Georgia as places; ICCIDs, IMEIs, an eSIM EID,
// migration-card and patent numbers, contract, ticket, claim, invoice and
// order numbers, personal accounts, tracking numbers, КПП, БИК, ОКПО,
// correspondent accounts, a VIN, a plate, USSD and one-time codes, versions
// shaped like IPs, and cards, INNs and a SNILS with a wrong check digit.
//
// The engine was judged on it once, untuned, with rules-2025.36 (engine
// 1.34.0, commit 83c116f): every identifier type but PASSPORT 1.0, PASSPORT
// 0.978, PERSON 0.975 and ADDRESS 0.966: every F1 target met; 0.723% of PII
// characters leaked (79 of 10930: PERSON 54, PASSPORT 25), against the
// target of 0.5%.

// It is no longer held out: after that run its misses (with heldout61's)
// drove rules-2025.37 (engine 1.35.0); its own figures did not move:
// PASSPORT 0.978, PERSON 0.975, ADDRESS 0.966, every other type 1.0; leak
// 0.723% (PERSON 54, PASSPORT 25).

// heldout60Floor guards the tuned level.
var heldout60Floor = map[string]float64{
	TypeBankAccount: 0.99, TypeCard: 0.99, TypeEmail: 0.99, TypeINN: 0.99, TypeIP: 0.99, TypeOGRN: 0.99,
	TypePhone: 0.99, TypeSNILS: 0.99, TypePassport: 0.97, TypePerson: 0.97, TypeAddress: 0.96,
}

// heldout60MaxLeak: target 0.005; 0.723% untuned and tuned.
const heldout60MaxLeak = 0.008

func TestHeldout60(t *testing.T) {
	corpusCheck{file: "testdata/heldout60.jsonl", name: "sixtieth held-out corpus", minMessages: 250,
		floors: heldout60Floor, everyType: true, maxLeak: heldout60MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
