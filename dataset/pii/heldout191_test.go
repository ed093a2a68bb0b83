package pii

import "testing"

// testdata/heldout191.jsonl is the hundred-and-ninety-first held-out file:
// 282 messages (140 Russian, 142 English; 57 without personal data; 517
// gold spans: PERSON 292, PHONE 46, EMAIL 38, CARD 27, IP 25, ADDRESS 24,
// PASSPORT 17, INN 17, BANK_ACCOUNT 15, OGRN 9, SNILS 7), written by hand
// by someone who saw neither the engine nor any other labelled file, while
// the engine was tuned on heldout188 and heldout189. It is the CRM of a
// licensed bookmaker's KYC, payments, AML and support desk with players in
// Russia, Kazakhstan, Belarus and Armenia: passport, selfie, INN and SNILS
// checks, deposits and withdrawals to cards and accounts, frozen accounts,
// source of funds, sanctions hits, chargebacks, self-exclusion and
// relatives' requests, bonus disputes, complaints to the regulators,
// deletion requests. Chats, lower-case transcripts, e-mails with headers,
// quotes, forwards and signatures, web forms, CSV and pipe tables, OCR'd
// Russian, Kazakh and Armenian passports, login, device, payment-gateway,
// anti-fraud and SMS logs, affiliates' requisites. Names in every case,
// nicknames, names in capitals, Kazakh and Armenian names, initials; names
// that are also words (Вера, Надежда, Любовь, Роман, Лев, Слава, Hope,
// Grace, Will, Mark, Max, Love, Victoria; "max bet", "Mark my words").
// Athletes and teams people bet on (Медведев, Овечкин, Головкин, Мхитарян,
// Лев Яшин, "Реал — Барселона") are no people. Negatives: masked cards,
// ticket, coupon, transaction, withdrawal, affiliate and case IDs,
// invoices, SMS codes, app versions shaped like IPs, a VIN, a plate, ОМС,
// КПП, БИК, ОКПО, correspondent accounts, a Kazakh IIN, a Belarusian
// personal number, Armenian 16-digit accounts, wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.117 (engine
// 1.115.0, commit 60903b7): BANK_ACCOUNT 0.968 (an account the text calls
// mistyped in a registry, "последняя цифра") and IP 0.962 (two app versions
// after "на" and "в") missed their targets by one and two false alarms;
// PERSON 0.960 (18 false alarms, most of them athletes) and the other
// types (1.0) met theirs. 0.491% of PII characters leaked (39 of 7943, all
// PERSON): under the 0.5% target, the second file of 128 to meet it
// untuned, after heldout140.
//
// rules-2025.118 (engine 1.116.0) was then tuned on it and on heldout190:
// whoever a bet is placed on is an athlete, and so are the name's other
// mentions ("a bet on Medvedev … Medvedev retired", "ставка на Месси"); a
// dotted number of the release line a version named earlier is no IP
// ("версия 6.1.0.22 … на 6.0.9.14"); an account with its "последняя
// цифра" called wrong; the bookmaker's and mobile operators' names.
// BANK_ACCOUNT and IP 1.0, PERSON 0.983; the leak is unchanged, 0.491%.
// These are tuned figures; the floors guard them.

// heldout191Floor holds the targets, all met since rules-2025.118.
var heldout191Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.97, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout191MaxLeak: target 0.005, met untuned (0.491%).
const heldout191MaxLeak = 0.005

func TestHeldout191(t *testing.T) {
	corpusCheck{file: "testdata/heldout191.jsonl", name: "hundred-and-ninety-first held-out corpus", minMessages: 250,
		floors: heldout191Floor, everyType: true, maxLeak: heldout191MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
