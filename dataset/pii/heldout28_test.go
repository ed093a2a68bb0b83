package pii

import "testing"

// testdata/heldout28.jsonl is the twenty-eighth held-out file: 262 messages
// (132 Russian, 130 English; 52 without personal data; 544 gold spans:
// PERSON 304, PHONE 48, ADDRESS 38, EMAIL 35, INN 26, PASSPORT 21, IP 18,
// BANK_ACCOUNT 15, OGRN 13, CARD 13, SNILS 13), written by hand by someone
// who saw neither the engine nor any other labelled file, while the engine
// was tuned on heldout26 and heldout27. It is the CRM of a home-renovation
// contractor and a building-materials supplier: estimates, site visits,
// deliveries to building sites, subcontractor payments, warranty claims,
// customs, requisites of firms and sole traders; expat homeowners and
// Italian, German, Finnish, Chinese and UK suppliers. Short chats, letters,
// e-mails with signatures and quoted history, lower-case call transcripts
// (numbers and addresses spoken), system and security notices, requisites,
// site lists and logs. Names in every case, patronymics alone, initials,
// diminutives and nicknames (Сашенька, Ксюш, Петрович, дядя Вова), lower
// case, cardholders in capitals; titles outside. Passports written several
// ways ("серия … номер …"), foreign and UK passports; phones from Russia,
// 8-800, Italy, Germany, Finland, China, the UK, the US and the UAE; IPv4
// and IPv6; addresses in Russia, the UK, Italy, Germany and Finland, a
// Zelenograd корпус, spoken ones. Negatives: Вера, Надежда, Слава богу,
// марка бетона, роза ветров, Lada cars, Will do, Mark my words, Hope, grace
// period, jackhammer, bill, Victoria the city, Grace and Emily as products;
// order, invoice, ticket, claim, contract, tracking, AWB and bill-of-lading
// numbers, amounts, dates, SKUs, a VIN, plates, ОМС, КПП, БИК, ОКПО,
// correspondent accounts, masked cards, identifiers with a wrong check digit
// (often next to the valid one), an account with a wrong key, a half-typed
// card number, and versions shaped like IPs.
//
// The engine was judged on it once, untuned, with rules-2025.19 (engine
// 1.17.0, commit 2999a39): BANK_ACCOUNT, CARD, EMAIL, INN, IP, OGRN, PHONE
// and SNILS 1.0, PASSPORT 0.976, PERSON 0.968 and ADDRESS 0.923 (every
// target met); 1.694% of PII characters leaked (144 of 8500: ADDRESS 83,
// PERSON 42, PASSPORT 19), against the target of 0.5%.

// It is no longer held out: after that run its misses (with heldout29's)
// drove rules-2025.20 (engine 1.18.0). With rules-2025.20: PERSON 0.984,
// every other type 1.0; leak 0.153% (PERSON 13: a kin word inside a name,
// "дядя Вова", and a lower-case surname in the dative).

// heldout28Floor guards the tuned level.
var heldout28Floor = map[string]float64{
	TypeBankAccount: 0.99, TypeCard: 0.99, TypeEmail: 0.99, TypeINN: 0.99, TypeIP: 0.99, TypeOGRN: 0.99,
	TypePassport: 0.99, TypePhone: 0.98, TypeSNILS: 0.99, TypeAddress: 0.99, TypePerson: 0.98,
}

// heldout28MaxLeak: target 0.005; 1.694% untuned, 0.153% tuned.
const heldout28MaxLeak = 0.0025

func TestHeldout28(t *testing.T) {
	corpusCheck{file: "testdata/heldout28.jsonl", name: "twenty-eighth held-out corpus", minMessages: 250,
		floors: heldout28Floor, everyType: true, maxLeak: heldout28MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
