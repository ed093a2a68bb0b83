package pii

import "testing"

// testdata/heldout174.jsonl is the hundred-and-seventy-fourth held-out
// file: 279 messages (141 Russian, 138 English; 59 without personal data;
// 542 gold spans: PERSON 280, PHONE 91, ADDRESS 48, EMAIL 46, PASSPORT 15,
// INN 13, CARD 13, IP 13, BANK_ACCOUNT 10, OGRN 7, SNILS 6), written by
// hand by someone who saw neither the engine nor any other labelled file,
// while the engine was tuned on heldout172 and heldout173. It is the CRM
// of a car dealership and service network in Almaty, Astana and Shymkent
// with a Russian branch in Omsk: test drives, car loans, trade-in, service
// and warranty bookings, insurance claims, registration, parts, card
// payments and refunds, fleet contracts with the Omsk branch's requisites,
// complaints, deletion requests. Chats, WhatsApp and SMS, lower-case call
// transcripts, e-mails with headers, quotes, forwards and signatures, web
// forms, CSV and pipe tables of bookings, DMS and web logs, OCR'd Russian,
// Kazakh and foreign passports and Kazakh ID cards. Kazakh names in
// Cyrillic with ә ғ қ ң ө ұ ү һ і and in Latin, Russian names in every case
// form, diminutives, lower-case names, titles outside; Kazakh addresses
// (мкр. Самал-2, пр. Абая, ЖК); car models named like people (Лада Гранта,
// «Волга», Kia Rio, Camry) and names that are also words unlabelled.
// Negatives: order, work-order, contract, invoice, claim, policy, tracking
// and waybill numbers, VINs, Kazakh and Russian plates, SKUs, ИИН and БИН,
// КПП, БИК, ОКПО, correspondent accounts, department codes, masked cards,
// IP-shaped versions, wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.106 (engine
// 1.104.0, commit 3dafcd7): PERSON 0.919 (names with Kazakh letters, which
// the engine could not fold: "Әсем Жұмабекова", "Досмағамбетова Айжан")
// missed its target, ADDRESS 0.958 and the other types (1.0) met theirs;
// 5.092% of PII characters leaked (447 of 8779: PERSON 377, ADDRESS 70),
// against the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.107
// (engine 1.105.0), with those of heldout175: the Kazakh letters fold to
// their Russian neighbours (ә→а, ғ→г, қ→к, ң→н, ө→о, ұ and ү→у, һ→х,
// і→и) and count as Cyrillic inside a name, "к 15:00" is a time and not
// корпус 15. With rules-2025.107: PERSON 0.962, ADDRESS 0.968, the others
// 1.0; leak 2.415% (212 of 8779: PERSON 142, ADDRESS 70).

// heldout174Floor guards the tuned level.
var heldout174Floor = map[string]float64{
	TypeBankAccount: 0.99, TypeCard: 0.99, TypeEmail: 0.99, TypeINN: 0.99, TypeIP: 0.99, TypeOGRN: 0.99,
	TypePassport: 0.99, TypePhone: 0.99, TypeSNILS: 0.99, TypeAddress: 0.96, TypePerson: 0.96,
}

// heldout174MaxLeak: target 0.005; 5.092% untuned, 2.415% tuned.
const heldout174MaxLeak = 0.025

func TestHeldout174(t *testing.T) {
	corpusCheck{file: "testdata/heldout174.jsonl", name: "hundred-and-seventy-fourth held-out corpus", minMessages: 250,
		floors: heldout174Floor, everyType: true, maxLeak: heldout174MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
