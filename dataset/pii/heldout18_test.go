package pii

import "testing"

// testdata/heldout18.jsonl is the eighteenth held-out file: 260 messages (130
// Russian, 130 English; 59 without personal data; 553 gold spans: PERSON
// 277, PHONE 55, EMAIL 38, ADDRESS 37, PASSPORT 31, BANK_ACCOUNT 23, INN 22,
// IP 22, SNILS 17, CARD 17, OGRN 14), written by hand by someone who saw
// neither the engine nor any other labelled file, while the engine was
// tuned on heldout14 to heldout17. It is the CRM of a property-management
// company and estate agency in five Russian cities with foreign owners and
// tenants: viewings, leases and extensions, tenant and owner screening
// (passports, СНИЛС, ИНН), deposits and rent by card, СБП or transfer,
// owners' payouts, utility and management-fee bills, meter readings, repair
// and leak tickets, neighbours' complaints, concierge and access-control
// logs, app and admin login logs with IPv4 and IPv6, requisites of ООО and
// ИП, mortgage paperwork, e-mail threads with agents, lawyers and brokers,
// and lower-case call transcripts (three spoken addresses, labelled).
// Names in every case, diminutives (Танечка, Мариш, Лёша), lower case,
// initials in both orders, cardholders in capitals, foreign names in Latin
// and Cyrillic letters; titles (and a colloquial "баба") stay outside.
// Negatives: residential complexes and streets named after people (ЖК «Лев
// Толстой», ЖК «Татьяна», Alexander Park Residence, Victoria Residence, ул.
// Льва Толстого), idioms ("Вера в…", "Слава богу", "Любовь к порядку"),
// Лада Веста, "Mark my words", "Will you", Victoria BC, cadastral numbers,
// contract, bill, ticket and claim numbers, 10-digit лицевые счета, meter
// serials, entry cards, plates, a VIN, areas, amounts, КПП, БИК,
// correspondent accounts, versions shaped like IPs, masked cards, a Kazakh
// ИИН, and an ИНН, a СНИЛС and cards with a wrong check digit.
//
// The engine was judged on it once, untuned, with rules-2025.14 (engine
// 1.12.0, commit ac06cb7): BANK_ACCOUNT, CARD, INN, IP, OGRN, PHONE and
// SNILS 1.0, EMAIL 0.987, PASSPORT 0.984 and ADDRESS 0.960 (targets met);
// PERSON 0.907 (23 misses, 29 false alarms of 277, half of them the
// residential complex "Alexander Park") misses its target; 3.223% of PII
// characters leaked (277 of 8595: PERSON 176, ADDRESS 92, PASSPORT 9).

// It is no longer held out: after that run its misses (with heldout19's)
// drove rules-2025.15 (engine 1.13.0); heldout20.jsonl and heldout21.jsonl
// are the untuned sets. With rules-2025.15: every identifier type but EMAIL
// (0.987, a company mailbox the file leaves unlabelled) 1.0, ADDRESS 0.973,
// PERSON 0.967; leak 1.966% (ADDRESS 92, PERSON 77).

// heldout18Floor guards the tuned level.
var heldout18Floor = map[string]float64{
	TypeBankAccount: 0.99, TypeCard: 0.99, TypeINN: 0.99, TypeIP: 0.99, TypeOGRN: 0.99, TypePassport: 0.99,
	TypePhone: 0.99, TypeSNILS: 0.99, TypeEmail: 0.98, TypeAddress: 0.97,
	TypePerson: 0.96, // 0.9071 untuned, 0.9673 tuned
}

// heldout18MaxLeak: target 0.005; 3.223% untuned, 1.966% tuned.
const heldout18MaxLeak = 0.020

func TestHeldout18(t *testing.T) {
	corpusCheck{file: "testdata/heldout18.jsonl", name: "eighteenth held-out corpus", minMessages: 250,
		floors: heldout18Floor, everyType: true, maxLeak: heldout18MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
