package pii

import "testing"

// testdata/heldout175.jsonl is the hundred-and-seventy-fifth held-out file:
// 275 messages (137 Russian, 138 English; 68 without personal data; 565
// gold spans: PERSON 370, PHONE 51, ADDRESS 43, EMAIL 26, PASSPORT 22, INN
// 18, BANK_ACCOUNT 15, CARD 11, IP 11, OGRN 9, SNILS 9), written by hand by
// someone who saw neither the engine nor any other labelled file, while
// the engine was tuned on heldout172 and heldout173. It is the CRM of an
// English-language international school in Moscow with Russian and expat
// families: admissions and entrance tests, tuition invoices and refunds,
// the school's and suppliers' requisites, teachers' contracts and visas,
// bus routes with children's home addresses, nannies and drivers
// authorised for pick-up, medical notes, trips and camps, complaints,
// deletion and access requests. Chats and WhatsApp exports, lower-case
// call transcripts and voicemails, e-mails with headers, quotes, forwards
// and signatures, forms, CSV and pipe tables of bus stops, OCR'd passports,
// SMS, gate, LMS and VPN logs. Children's diminutives and nicknames, every
// case form, "Surname, Given", initials, titles outside; houses, classes,
// museums and streets named after people (Newton House, «класс Пушкина»)
// and names that are also words unlabelled. Unlike heldout164's writer,
// this one labelled famous people named in lessons (Пушкин, Roald Dahl,
// Peter the Great) as PERSON. Negatives: invoice, contract, application,
// booking, ticket, tracking, student-ID and bus-route numbers, КПП, БИК,
// ОКПО, correspondent accounts, ОМС, VINs, plates, driving licences,
// masked cards, an IP-shaped firmware version, wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.106 (engine
// 1.104.0, commit 3dafcd7): BANK_ACCOUNT 0.968 (an account the text says
// failed validation) missed its target, PERSON 0.937 (school houses read
// as people, famous people left alone) and the other types (1.0) met
// theirs; 1.506% of PII characters leaked (124 of 8231: PERSON 118,
// PASSPORT 6), against the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.107
// (engine 1.105.0), with those of heldout174: a school's houses and
// classes ("Newton House", "Pushkin Class"), "Term" in a table, an account
// that "failed validation". With rules-2025.107: PERSON 0.949,
// BANK_ACCOUNT 1.0, the others 1.0; leak unchanged at 1.506%.

// heldout175Floor guards the tuned level.
var heldout175Floor = map[string]float64{
	TypeBankAccount: 0.99, TypeCard: 0.99, TypeEmail: 0.99, TypeINN: 0.99, TypeIP: 0.99, TypeOGRN: 0.99,
	TypePassport: 0.99, TypePhone: 0.99, TypeSNILS: 0.99, TypeAddress: 0.99, TypePerson: 0.94,
}

// heldout175MaxLeak: target 0.005; 1.506% untuned and tuned, 1.689% since
// rules-2025.147 reads monarchs with their numbers ("Петра I", "Catherine
// II") as no people, which this file's history lesson labels as people;
// 1.920% since rules-2025.242 reads national figures by first name and
// surname ("Лев Толстой", "Юрий Гагарин") as no people, as newer files leave
// them, which this file labels; 2.090% since rules-2025.254 reads "Anna
// Akhmatova" so too, in this file's reading list.
const heldout175MaxLeak = 0.021

func TestHeldout175(t *testing.T) {
	corpusCheck{file: "testdata/heldout175.jsonl", name: "hundred-and-seventy-fifth held-out corpus", minMessages: 250,
		floors: heldout175Floor, everyType: true, maxLeak: heldout175MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
