package pii

import "testing"

// testdata/heldout137.jsonl is the hundred-and-thirty-seventh held-out
// file: 282 messages (140 Russian, 142 English; 63 without personal data;
// 518 gold spans: PERSON 292, PHONE 57, ADDRESS 36, EMAIL 34, PASSPORT 28,
// IP 19, INN 15, BANK_ACCOUNT 11, CARD 10, OGRN 8, SNILS 8), written by
// hand by someone who saw neither the engine nor any other labelled file,
// while the engine was tuned on heldout134 and heldout135. It is the CRM of
// a co-living and student dormitory operator in Moscow, St Petersburg and
// Almaty: bookings, rental contracts with tenants and guarantors, foreign
// students' visas and migration registration, deposits and rent by card,
// transfer and SBP, refunds and chargebacks, meter readings, maintenance,
// noise complaints, passes, move-out inspections, deletion requests. Chats,
// lower-case call transcripts (some phone numbers spoken as words), e-mails
// with headers, quotes, forwards and signatures, forms, CSV and pipe tables
// of tenants and rooms, OCR'd passports and contracts, access-control and
// Wi-Fi logs with IPs and MACs, payment logs, statements, SMS, requisites
// of the operator, suppliers and universities. Rooms and floors named after
// scientists (Ломоносов, Менделеев, Landau, Kovalevskaya), namesakes,
// roommates by nickname, surname first and last; Kazakh, Chinese, Indian,
// African and Uzbek students in Cyrillic and Latin; names that are also
// words both ways (Вера, Надежда, Любовь, Роза, Слава, Мир, Hope, Grace,
// Will, Joy, Mark, Faith, Victoria). Addresses with корпус, литера,
// помещение, подъезд, комната and блок; Kazakh, Indian, Nigerian, UK and US
// addresses. Negatives: contract, invoice, ticket, pass, meter, claim and
// receipt numbers, КПП, БИК, ОКПО, correspondent accounts, ОМС, plates, a
// VIN, MACs, RRNs, IP-shaped versions, masked cards, wrong check digits.
//
// Six labelled accounts (four distinct numbers) failed the БИК
// control key beside them, against the brief (the writer's checker had a
// slip); their key digit, the ninth, was corrected before the file was
// scored. As written, the engine read them as mistyped accounts, as it is
// meant to, and BANK_ACCOUNT scored 0.625.
//
// The engine was judged on it once, untuned, with rules-2025.79 (engine
// 1.77.0, commit 4b22e12): every type met its target (ADDRESS 0.971, PERSON
// 0.937, PHONE 0.982, the others 1.0); 3.523% of PII characters leaked (282
// of 8004: PERSON 117, ADDRESS 84, PHONE 81; phone numbers spoken half in
// words, a university's address on an embankment, rooms named after
// scientists read as people, African and Chinese names), against the target
// of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.80
// (engine 1.78.0), with heldout136's: a phone read out half in words and
// half in digits ("восемь девятьсот шестнадцать 204 33 81"), one house with
// two numbers after "д." ("наб., д. 7–9"), rooms and floors named after
// scientists ("в комнате Павлов", "комната «Королёв»", "Pavlov floor"; a
// room's occupant in brackets stays a person), Vietnamese names in Cyrillic
// ("Нгуен Тхи Лан"), a university named after a tsar, a phone's label after
// a bed's letter. With rules-2025.80: ADDRESS 0.986, PERSON 0.950, the
// others 1.0; leak 1.699% (136 of 8004: PERSON 105, ADDRESS 31).

// heldout137Floor guards the tuned level.
var heldout137Floor = map[string]float64{
	TypeBankAccount: 0.99, TypeCard: 0.99, TypeEmail: 0.99, TypeINN: 0.99, TypeIP: 0.99, TypeOGRN: 0.99,
	TypePassport: 0.99, TypePhone: 0.99, TypeSNILS: 0.99, TypeAddress: 0.98, TypePerson: 0.94,
}

// heldout137MaxLeak: target 0.005; 3.523% untuned, 1.699% tuned.
const heldout137MaxLeak = 0.017

func TestHeldout137(t *testing.T) {
	corpusCheck{file: "testdata/heldout137.jsonl", name: "hundred-and-thirty-seventh held-out corpus", minMessages: 250,
		floors: heldout137Floor, everyType: true, maxLeak: heldout137MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
