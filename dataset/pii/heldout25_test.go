package pii

import "testing"

// testdata/heldout25.jsonl is the twenty-fifth held-out file: 262 messages
// (131 Russian, 131 English; 57 without personal data; 552 gold spans:
// PERSON 263, ADDRESS 62, PHONE 44, EMAIL 36, IP 30, INN 29, PASSPORT 25,
// BANK_ACCOUNT 20, SNILS 15, CARD 15, OGRN 13), written by hand by someone
// who saw neither the engine nor any other labelled file, while the engine
// was tuned on heldout22 and heldout23. It is the CRM of a car-rental and
// car-sharing company with a taxi-driver fleet (tourists and expats in
// Moscow, St Petersburg and Sochi): bookings, handover and return acts,
// deposit holds and refunds, damage claims and insurance, traffic fines
// forwarded to renters, trip receipts, lost items, complaints about drivers
// by name, onboarding of self-employed drivers (passports, СНИЛС, 12-digit
// ИНН, payout cards and accounts), requisites of companies and sole
// traders, login alerts and auth logs with IPv4 and IPv6, devices and
// card-testing notices; chats, letters, e-mails, notices, registers, fleet
// notes and lower-case transcripts with spoken numbers. Names in every
// case, diminutives (Танечка, Надюша), surnames alone, initials (Мамедов
// Р.Т., Yuldashev Sh.), lower case, names that are also words (Grace, Mark,
// Rose, Will, Jack, Вера, Надежда); hotels and shopping centres stay out of
// addresses. Negatives: driving licences shaped like passports ("ВУ 99 21
// 408256", "driving licence 99 07 654321"), plates, VINs, УИН and
// постановление numbers, booking, trip and ticket ids, car models named
// like people (Kia Rio, Renault Logan, Hyundai Solaris, Skoda Octavia, Lada
// Vesta), "Grace period", "Mark my words", "Will you", "the jack", idioms,
// Victoria the city, mileage, fuel levels, versions shaped like IPs, masked
// cards, КПП, БИК, ОКПО, correspondent accounts, policy numbers, and an
// ИНН, a СНИЛС, cards and a 19-digit account that are invalid.
//
// The engine was judged on it once, untuned, with rules-2025.17 (engine
// 1.15.0, commit 3621ba8): BANK_ACCOUNT, CARD, EMAIL, INN, IP, OGRN and
// SNILS 1.0, PHONE 0.978, PERSON 0.952 and ADDRESS 0.940 (targets met);
// PASSPORT 0.877 (7 false alarms: driving licences) misses its target;
// 3.515% of PII characters leaked (306 of 8706: ADDRESS 205, PERSON 101).

// It is no longer held out: after that run its misses (with heldout24's)
// drove rules-2025.18 (engine 1.16.0), the last rules of this work; no
// untuned file has judged them yet. With rules-2025.18: PASSPORT 0.962 (2
// examples of licence numbers in a policy note remain), ADDRESS 0.958,
// PERSON 0.952, the other identifiers 1.0; leak 2.975% (ADDRESS 158, PERSON
// 101).

// heldout25Floor guards the tuned level.
var heldout25Floor = map[string]float64{
	TypeBankAccount: 0.99, TypeCard: 0.99, TypeEmail: 0.99, TypeINN: 0.99, TypeIP: 0.99, TypeOGRN: 0.99,
	TypePhone: 0.99, TypeSNILS: 0.99, TypeAddress: 0.95, TypePerson: 0.95,
	TypePassport: 0.96, // 0.8772 untuned, 0.9615 tuned
}

// heldout25MaxLeak: target 0.005; 3.515% untuned, 2.975% tuned.
const heldout25MaxLeak = 0.030

func TestHeldout25(t *testing.T) {
	corpusCheck{file: "testdata/heldout25.jsonl", name: "twenty-fifth held-out corpus", minMessages: 250,
		floors: heldout25Floor, everyType: true, maxLeak: heldout25MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
