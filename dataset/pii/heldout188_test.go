package pii

import "testing"

// testdata/heldout188.jsonl is the hundred-and-eighty-eighth held-out file:
// 278 messages (139 Russian, 139 English; 60 without personal data; 518
// gold spans: PERSON 309, ADDRESS 57, PHONE 55, EMAIL 32, PASSPORT 13, IP
// 12, INN 11, BANK_ACCOUNT 10, CARD 8, SNILS 6, OGRN 5), written by hand by
// someone who saw neither the engine nor any other labelled file, while the
// engine was tuned on heldout184–187. It is the CRM of a hearing-aid and
// audiology chain with home visits in Moscow, Nizhny Novgorod, Samara and
// Minsk: hearing tests, fittings, repairs, batteries, social-fund
// compensation (SNILS, passports, disability certificates), relatives
// writing for their parents, home-visit addresses with entrances and
// floors, card, instalment and bank payments, suppliers in Denmark,
// Switzerland and Germany in English, complaints, deletion and access
// requests. Relatives' chats, lower-case transcripts of elderly speech with
// repetitions, e-mails with headers, quotes, forwards and signatures, web
// forms, CSV, semicolon and pipe lists of visits, OCR'd Russian and
// Belarusian passports, an МСЭ certificate, a social-fund notice, app,
// Bluetooth, VPN and router logs. Clients by first name and patronymic,
// Belarusian names, lower-case names; names that are also words (Вера,
// Надежда, Любовь, Слава, Лев, Роман, Will, Mark, Hope, Grace, Victoria,
// Rose, June, Bill); methods named after scientists (Бекеши,
// Hughson-Westlake) and hearing-aid brands and models (Oticon, Phonak
// Audéo, Widex Moment) are no people. Negatives: order, ticket, claim,
// RMA, contract, certificate, referral, serial and tracking numbers, ОМС,
// КПП, БИК, ОКПО, VAT/EORI numbers, correspondent accounts, masked cards,
// wrong check digits, versions shaped like IPs.
//
// The engine was judged on it once, untuned, with rules-2025.115 (engine
// 1.113.0, commit 49cb8ae): IP 0.957 ("client app ip 176.59.44.210" read
// as an app's version), OGRN 0.889 (the right one of two ОГРН the text
// compares) and PASSPORT 0.960 (a Belarusian series in Cyrillic letters,
// "МР 3456712") missed their targets; PERSON 0.966, ADDRESS 0.965, PHONE 0.991 and the other
// types (1.0) met theirs; 1.681% of PII characters leaked (133 of 7912:
// PERSON 74, ADDRESS 23, OGRN 13, IP 13, PASSPORT 10), against the target
// of 0.5%.
//
// rules-2025.116 (engine 1.114.0) was then tuned on it and on heldout189:
// an IP right after the word "ip", a Belarusian series in Cyrillic with
// the word passport earlier in its sentence, hearing-aid brands and models,
// a street and its house ending a question ("on Alekseevskaya St.
// 10/16?"), "Amazing Grace", a CSV's "Company" header. IP 1.0, PASSPORT
// 1.0, ADDRESS 0.974, PERSON 0.974; OGRN 0.889 still below target; leak
// 1.100% (87 of 7912). These are tuned figures; the floors guard them.

// heldout188Floor guards the tuned level: the targets where met, the measured level where not.
var heldout188Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.88,
	TypePassport: 0.97, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout188MaxLeak: target 0.005; 1.681% untuned, 1.100% tuned.
const heldout188MaxLeak = 0.012

func TestHeldout188(t *testing.T) {
	corpusCheck{file: "testdata/heldout188.jsonl", name: "hundred-and-eighty-eighth held-out corpus", minMessages: 250,
		floors: heldout188Floor, everyType: true, maxLeak: heldout188MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
