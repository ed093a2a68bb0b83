package pii

import "testing"

// testdata/heldout154.jsonl is the hundred-and-fifty-fourth held-out file:
// 280 messages (140 Russian, 140 English; 60 without personal data; 501
// gold spans: PERSON 255, PHONE 71, ADDRESS 69, EMAIL 28, IP 18, INN 14,
// CARD 13, PASSPORT 12, BANK_ACCOUNT 11, OGRN 7, SNILS 5), written by hand
// by someone who saw neither the engine nor any other labelled file, while
// the engine was tuned on heldout152 and heldout153. It is the CRM of a
// private security company with an alarm monitoring centre: guarded flats,
// cottages, СНТ plots, shops and offices, alarm call-outs and false alarms,
// rapid-response crews, keyholder lists, contracts and requisites, card and
// invoice payments, payroll, police and lawyers' requests for video
// footage, complaints, deletion and subject-access requests. Chats,
// lower-case call transcripts, e-mails with headers, quotes, forwards and
// signatures, web forms, CSV, pipe and semicolon tables, OCR'd passports
// and applications, monitoring and panel logs, a JSON event export, SMS
// alerts. Every case form, diminutives and nicknames (Михалыч), lower-case
// names, "Surname, Given" order, initials, transliterated names, titles
// outside; crews' call signs (Беркут-3, Falcon-2), dogs on guarded sites,
// firms and streets named after people unlabelled; names that are also
// words both ways. Russian addresses with корпус, кв., офис and стр.,
// cottage-settlement and СНТ plots, dictated addresses, UK, US and German
// addresses. Negatives: contract, invoice, ticket, incident, site, panel
// and zone numbers, tracking and VAT numbers, UK company and SIA badge
// numbers, ОМС, plates, VINs, КПП, БИК, ОКПО, correspondent accounts,
// masked cards, IP-shaped firmware versions, a subnet, wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.88 (engine
// 1.86.0, commit c5b0448): every type met its F1 target (PERSON 0.944,
// ADDRESS 0.964, PHONE 0.993, the others 1.0); 2.328% of PII characters
// leaked (197 of 8461: ADDRESS 109, PERSON 76, PHONE 12), against the
// target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.89
// (engine 1.87.0), with those of heldout155: a housekeeper's, a detective
// constable's word before a name, a city in the dative before a surname
// ("по Красногорску Лысенко"), dogs by breed, a named cottage, a CSV row's
// address ending at its cell. With rules-2025.89: PERSON 0.968, ADDRESS
// 0.964, PHONE 0.993, the others 1.0; leak 2.234% (189 of 8461: ADDRESS
// 107, PERSON 70, PHONE 12). rules-2025.90 (engine 1.88.0) took its
// remaining misses with those of heldout156 and 157: a street and its
// house in words ("на профсоюзной сорок три корпус один"), "михалыч" in a
// transcript. With rules-2025.90: PERSON 0.970, ADDRESS 0.971, PHONE
// 0.993; leak 1.548% (131 of 8461: PERSON 63, ADDRESS 56, PHONE 12).

// heldout154Floor guards the tuned level.
var heldout154Floor = map[string]float64{
	TypeBankAccount: 0.99, TypeCard: 0.99, TypeEmail: 0.99, TypeINN: 0.99, TypeIP: 0.99, TypeOGRN: 0.99,
	TypePassport: 0.99, TypePhone: 0.99, TypeSNILS: 0.99, TypeAddress: 0.97, TypePerson: 0.97,
}

// heldout154MaxLeak: target 0.005; 2.328% untuned, 1.548% tuned.
const heldout154MaxLeak = 0.016

func TestHeldout154(t *testing.T) {
	corpusCheck{file: "testdata/heldout154.jsonl", name: "hundred-and-fifty-fourth held-out corpus", minMessages: 250,
		floors: heldout154Floor, everyType: true, maxLeak: heldout154MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
