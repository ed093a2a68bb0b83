package pii

import "testing"

// testdata/heldout24.jsonl is the twenty-fourth held-out file: 260 messages
// (130 Russian, 130 English; 54 without personal data; 609 gold spans:
// PERSON 319, ADDRESS 83, PHONE 60, EMAIL 36, PASSPORT 20, INN 20, IP 18,
// BANK_ACCOUNT 15, SNILS 13, CARD 13, OGRN 12), written by hand by someone
// who saw neither the engine nor any other labelled file, while the engine
// was tuned on heldout22 and heldout23. It is the contact-centre CRM of a
// utility company (electricity, gas, water, heating) with English-speaking
// tenants, landlords abroad and foreign contract holders: meter readings,
// bills and debts, disconnections, payment plans, new connections of
// private houses (villages, СНТ plots with a plot number are ADDRESS),
// owners' passports, СНИЛС and ИНН, refunds, emergencies with addresses,
// engineers and inspectors by name, complaints, portal logins with IPs;
// chats, lower-case transcripts (addresses dictated in words are ADDRESS),
// letters, e-mails with quoted history, SMS and system notices, requisites,
// lists and notes. Names in every case, initials in both orders,
// diminutives (Танечка, Лёха, Михалыча), surname-only or patronymic-only
// references, lower case, families (у Ганиевых); titles outside. A local
// phone without a city code (40-11-70) is PHONE; "подъезд" stays outside
// an address. Negatives: substations and feeders named like people («ПС
// Татьяна», «Надежда», Feeder Victoria, Substation Olga), streets named
// after people without a house number, idioms, Victoria as an office or a
// place, лицевой счёт numbers, meter serials, readings, tariffs, amounts,
// penalties, cadastral numbers, contract, claim, ticket and transaction
// numbers, an RRN, a terminal id, a succession-certificate number, КПП,
// БИК, ОКПО, ОКТМО, correspondent accounts, masked cards, versions shaped
// like IPs (3.4.12.1, Chrome 122.0.6261.129), and an INN, a SNILS and a
// nine-digit passport that are invalid.
//
// The engine was judged on it once, untuned, with rules-2025.17 (engine
// 1.15.0, commit 3621ba8): BANK_ACCOUNT, CARD, EMAIL, INN, IP, OGRN and
// SNILS 1.0, PASSPORT 0.974 and PERSON 0.960 (targets met); PHONE 0.967 (3
// false alarms, 1 miss of 60) and ADDRESS 0.919 (9 of 83 missed, 4 false
// alarms) miss theirs; 4.939% of PII characters leaked (521 of 10549:
// ADDRESS 419, PERSON 82, PASSPORT 12, PHONE 8).

// It is no longer held out: after that run its misses (with heldout25's)
// drove rules-2025.18 (engine 1.16.0), the last rules of this work; no
// untuned file has judged them yet. With rules-2025.18: PHONE 0.992,
// PASSPORT 0.974, ADDRESS 0.964, PERSON 0.960, the other identifiers 1.0;
// leak 2.607% (ADDRESS 173, PERSON 82, PASSPORT 12, PHONE 8).

// heldout24Floor guards the tuned level.
var heldout24Floor = map[string]float64{
	TypeBankAccount: 0.99, TypeCard: 0.99, TypeEmail: 0.99, TypeINN: 0.99, TypeIP: 0.99, TypeOGRN: 0.99,
	TypeSNILS: 0.99, TypePhone: 0.99, TypePassport: 0.97, TypeAddress: 0.96,
	TypePerson: 0.95, // 0.9595 untuned and tuned
}

// heldout24MaxLeak: target 0.005; 4.939% untuned, 2.607% tuned.
const heldout24MaxLeak = 0.027

func TestHeldout24(t *testing.T) {
	corpusCheck{file: "testdata/heldout24.jsonl", name: "twenty-fourth held-out corpus", minMessages: 250,
		floors: heldout24Floor, everyType: true, maxLeak: heldout24MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
