package pii

import "testing"

// testdata/heldout196.jsonl is the hundred-and-ninety-sixth held-out file:
// 280 messages (140 Russian, 140 English; 57 without personal data; 622
// gold spans: PERSON 348, PHONE 84, EMAIL 52, ADDRESS 43, PASSPORT 22,
// CARD 17, IP 17, BANK_ACCOUNT 13, INN 12, OGRN 8, SNILS 6), written by
// hand by someone who saw neither the engine nor any other labelled file,
// while the engine was tuned on heldout194 and heldout195. It is the CRM of
// a Kazan football club and its ticket office: season and match tickets,
// Fan ID cards, VIP and corporate boxes, refunds, merchandise delivery,
// lost property, the children's academy's enrolments and group lists,
// stadium security incidents, turnstile logs, the staff and volunteer
// registry, deletion and access requests; foreign fans, an away club's
// office and supporter liaison officers in English. Chats, SMS, lower-case
// transcripts in both languages, e-mails with headers, quotes, forwards and
// signatures, web forms, CSV and pipe tables, OCR'd passports and birth
// certificates, logs with IPs. Tatar names, every case form, diminutives,
// names that are also words (Вера, Надежда, Любовь, Роман, Лев, Слава,
// Hope, Grace, Will, Mark, Victoria), fans who share a famous player's
// name; players named as football news, "памятник Тукаю" and streets
// named after people with no house are no people or addresses. Negatives:
// order, ticket, invoice, contract and claim numbers, barcodes, Fan IDs,
// birth-certificate and ОМС numbers, tracking numbers, КПП, БИК, ОКПО,
// correspondent accounts, plates, a VIN, a MAC, masked cards, versions
// shaped like IPs, wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.121 (engine
// 1.119.0, commit 661e543): BANK_ACCOUNT 0.963 (an account the text says
// differs from the one on the client's card) missed its target; ADDRESS
// 0.965 (a Brazilian address cut at its house), PERSON 0.963, PHONE 0.994
// (a ticket's number read out in words) and the other types (1.0) met
// theirs; 1.361% of PII characters leaked (137 of 10065: ADDRESS 72,
// PERSON 65), against the target of 0.5%.
//
// rules-2025.122 (engine 1.120.0) was then tuned on it and on heldout197:
// a Brazilian address with its flat and state ("Rua Oscar Freire, 379,
// apto 42, São Paulo - SP", also in heldout58), a Russian "Trakt" in
// Latin letters. Leak 0.835% (84 of 10065); BANK_ACCOUNT stays 0.963.
// These are tuned figures; the floors guard them.

// heldout196Floor guards the tuned level: the targets where met, the measured level where not.
var heldout196Floor = map[string]float64{
	TypeBankAccount: 0.96, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.97, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout196MaxLeak: target 0.005; 1.361% untuned, 0.835% tuned.
const heldout196MaxLeak = 0.009

func TestHeldout196(t *testing.T) {
	corpusCheck{file: "testdata/heldout196.jsonl", name: "hundred-and-ninety-sixth held-out corpus", minMessages: 250,
		floors: heldout196Floor, everyType: true, maxLeak: heldout196MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
