package pii

import "testing"

// testdata/heldout226.jsonl is the two-hundred-and-twenty-sixth held-out
// file: 277 messages (143 Russian, 134 English; 61 without personal data;
// 599 gold spans: PERSON 353, PHONE 59, ADDRESS 49, EMAIL 44, IP 23, CARD
// 16, PASSPORT 16, INN 14, BANK_ACCOUNT 13, OGRN 7, SNILS 5), written by
// hand by someone who saw neither the engine nor any other labelled file,
// while the engine was tuned on heldout220 to heldout223.
// It is the CRM of an art gallery with an online shop and an art school
// for adults and children in Moscow, St Petersburg and Yerevan: sales and
// deliveries of paintings and prints, artists' consignment contracts and
// payouts, framing and restoration, certificates of authenticity,
// enrolments and class rosters, openings, complaints, deletion requests.
// Chats, SMS, lower-case call transcripts, e-mails with headers, quotes,
// forwards and signatures, web forms, CSV and pipe inventories and
// payments, OCR'd passports, contracts and requisites, payment and login
// logs. Living artists and clients next to famous dead artists and the
// sitters of portraits, which are no people here (Шишкин, Сарьян, Mona
// Lisa, after Rembrandt, «Портрет Анны Ахматовой»), Armenian names, every
// case form, diminutives, names that are also words used both ways.
// Negatives: order, invoice, lot, inventory, certificate and tracking
// numbers, SKUs, a VIN, a plate, ОМС, КПП, ОКПО, БИК, correspondent
// accounts, masked cards, versions shaped like IPs, wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.135 (engine
// 1.130.2, commit 852d0fb): OGRN 0.923 (an OGRNIP after a lower-case
// "ogrnip") and PASSPORT 0.968 ("a copy of my passport (562841937,
// UK)") missed their targets; PERSON 0.953 (famous artists and sitters
// read as people: the precision is 0.930), IP 0.978 (an IP after "IP"
// read into the address before it) and the other types (1.0) met theirs;
// 1.054% of PII characters leaked (97 of 9203: PERSON 62, OGRN 15, IP 11,
// PASSPORT 9), against the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.136
// (engine 1.131.0), with those of heldout221 to heldout225 and heldout227:
// a passport in brackets with its country, "(562841937, UK)", an Armenian
// first name. Tuned: PASSPORT 1.0, PERSON 0.955, OGRN and IP as untuned;
// 0.891% leaked (82 of 9203).

// heldout226Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout226Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.92,
	TypePassport: 0.97, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout226MaxLeak: target 0.005, missed untuned (1.054%) and tuned (0.891%).
const heldout226MaxLeak = 0.009

func TestHeldout226(t *testing.T) {
	corpusCheck{file: "testdata/heldout226.jsonl", name: "two-hundred-and-twenty-sixth held-out corpus", minMessages: 250,
		floors: heldout226Floor, everyType: true, maxLeak: heldout226MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
