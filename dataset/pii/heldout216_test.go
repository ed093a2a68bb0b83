package pii

import "testing"

// testdata/heldout216.jsonl is the two-hundred-and-sixteenth held-out
// file: 276 messages (140 Russian, 136 English; 58 without personal data;
// 573 gold spans: PERSON 368, PHONE 60, EMAIL 35, ADDRESS 26, PASSPORT 22,
// CARD 14, IP 14, INN 13, OGRN 7, BANK_ACCOUNT 7, SNILS 7), written by
// hand by someone who saw neither the engine nor any other labelled file,
// while the engine was tuned on heldout214 and heldout215.
// It is the CRM of a ski-resort group in Sheregesh, Krasnaya Polyana,
// Dombay and Gudauri: hotel and chalet bookings, ski passes, rental with a
// passport as the deposit, a kids' ski school and instructors, insurance
// and rescue incidents, airport transfers, card and SBP payments,
// corporate groups, complaints, deletion requests. Chats, SMS, noisy
// lower-case call transcripts, e-mails with headers, forwards, quotes and
// signatures, web forms, CSV and pipe tables, an OCR'd passport page,
// booking, access-gate and server logs. Instructors by first name and
// nickname, kids and parents in one message, every case form,
// diminutives, Georgian surnames, airline and passport forms in capitals;
// names that are also words used both ways; lifts, slopes, hotels and
// chalets named after people are no people. Negatives: booking, ski-pass,
// rental, locker, policy, incident, invoice, ticket and tracking numbers,
// ОМС, КПП, БИК, ОКПО, correspondent accounts, plates, masked cards,
// versions shaped like IPs, wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.132 (engine
// 1.129.0, commit faa8f4e): EMAIL 0.959 (three of the firms' own
// addresses, which the gold leaves unlabelled) missed its target;
// PASSPORT 0.977, PERSON 0.965 (instructors by nickname, "Иван" as a
// lift), PHONE 0.992 and the other types (1.0) met theirs; 1.788% of PII
// characters leaked (141 of 7885: PERSON 117, PHONE 15, PASSPORT 9),
// against the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.133
// (engine 1.130.0), with those of heldout217 to heldout219: Georgian first
// names in Cyrillic ("Гиоргию"). Tuned: PERSON 0.966; EMAIL as untuned
// (the gold's omissions); 1.598% leaked (126 of 7885).

// heldout216Floor holds the untuned figures: the targets where met, the measured level where not.
var heldout216Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.95, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.97, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout216MaxLeak: target 0.005, missed untuned (1.788%) and tuned (1.598%).
const heldout216MaxLeak = 0.016

func TestHeldout216(t *testing.T) {
	corpusCheck{file: "testdata/heldout216.jsonl", name: "two-hundred-and-sixteenth held-out corpus", minMessages: 250,
		floors: heldout216Floor, everyType: true, maxLeak: heldout216MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
