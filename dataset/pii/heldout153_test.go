package pii

import "testing"

// testdata/heldout153.jsonl is the hundred-and-fifty-third held-out file:
// 281 messages (141 Russian, 140 English; 62 without personal data; 489
// gold spans: PERSON 254, ADDRESS 66, PHONE 56, EMAIL 36, IP 21, PASSPORT
// 15, INN 12, BANK_ACCOUNT 10, CARD 8, OGRN 7, SNILS 4), written by hand by
// someone who saw neither the engine nor any other labelled file, while the
// engine was tuned on heldout150 and heldout151. It is the CRM of a city
// parking, towing and impound service: parking fines and appeals, towed
// cars released from impound lots, residents' and visitors' permits, card
// payments and refunds, complaints about tow trucks and drivers, lawyers'
// and insurers' requests, towing contractors' contracts and requisites,
// deletion and subject-access requests, press and staff notes. Chats,
// lower-case call transcripts (numbers, houses and streets spelled out),
// e-mails with headers, quotes, forwards and signatures, appeal forms, CSV
// and pipe tables of towed cars, OCR'd passports, vehicle certificates
// (СТС, its address split over labelled fields) and protocols, payment,
// camera and login logs with IPv4 and IPv6, SMS. Every case form,
// diminutives, lower-case and capitalised names, airline-style surname/given
// name, titles outside; streets and squares named after people (ул.
// Гагарина, Pushkin Square) and car models (Лада Веста) unlabelled; names
// that are also words both ways, the insurer «Надежда», Hope Street Garage.
// Negatives: plates, VINs, УИН, permit, order, invoice, contract, claim and
// ticket numbers, КПП, БИК, ОКПО, correspondent and treasury accounts, ОМС
// and ОСАГО policies, masked cards, IP-shaped versions, wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.87 (engine
// 1.85.0, commit e509ccc): BANK_ACCOUNT 0.952 (an account the text calls
// wrong, with no БИК to check it) and PASSPORT 0.968 (a vehicle
// certificate's "ТС 99 21 № 884731" read as a passport) missed their
// targets, ADDRESS 0.937, PERSON 0.952, IP 0.976 and the other types (1.0)
// met theirs; 4.574% of PII characters leaked (372 of 8133: ADDRESS 234,
// PERSON 99, IP 39: an OCR'd certificate's address over labelled lines,
// addresses spelled out in transcripts, an IPv6 address missed), against
// the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.88
// (engine 1.86.0), with those of heldout152: an address in a registry's
// order, the type after the name ("МОСКВА Г, ПРОФСОЮЗНАЯ УЛ, Д 93"), a
// house before its street ("у д. 15 по Ленинградскому пр-ту"), spoken
// streets in "way" and "court", "ТС" before a vehicle certificate's number,
// an IPv6 address before a colon, "Имя ЛЕВ", Любовь, Надежда and Вера as
// words with their objects. With rules-2025.88: ADDRESS 0.969, PERSON
// 0.970, BANK_ACCOUNT 0.952, the others 1.0; leak 2.705% (220 of 8133:
// ADDRESS 124, PERSON 96).

// heldout153Floor guards the tuned level.
var heldout153Floor = map[string]float64{
	TypeBankAccount: 0.95, TypeCard: 0.99, TypeEmail: 0.99, TypeINN: 0.99, TypeIP: 0.99, TypeOGRN: 0.99,
	TypePassport: 0.99, TypePhone: 0.99, TypeSNILS: 0.99, TypeAddress: 0.96, TypePerson: 0.96,
}

// heldout153MaxLeak: target 0.005; 4.574% untuned, 2.705% tuned.
const heldout153MaxLeak = 0.028

func TestHeldout153(t *testing.T) {
	corpusCheck{file: "testdata/heldout153.jsonl", name: "hundred-and-fifty-third held-out corpus", minMessages: 250,
		floors: heldout153Floor, everyType: true, maxLeak: heldout153MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
