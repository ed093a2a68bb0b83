package pii

import "testing"

// testdata/heldout214.jsonl is the two-hundred-and-fourteenth held-out
// file: 278 messages (139 Russian, 139 English; 58 without personal data;
// 609 gold spans: PERSON 375, PHONE 58, ADDRESS 34, EMAIL 33, INN 29,
// PASSPORT 17, BANK_ACCOUNT 16, IP 15, OGRN 12, CARD 11, SNILS 9), written
// by hand by someone who saw neither the engine nor any other labelled
// file, while the engine was tuned on heldout210 to heldout213.
// It is the CRM of an orthodontic and dental clinic network in Moscow,
// Kazan, Novosibirsk and Almaty: appointments and reminders, treatment
// plans, aligner orders, X-rays and CT scans, parents booking for
// children, tax-deduction certificates with the payer's INN, SNILS,
// passport and home address, ДМС insurers and corporate clients, labs and
// suppliers, instalments, complaints and reviews, deletion requests.
// Chats, SMS, lower-case call transcripts of parents and elderly patients,
// e-mails with headers, quotes, forwards and signatures, web forms, CSV
// and pipe tables, JSON webhooks, payment, booking and audit logs; expat
// patients and foreign labs in English. A parent and a child in one
// message, doctors by first name and patronymic or with initials, every
// case form, diminutives, Tatar and Kazakh names; names that are also
// words used both ways. Negatives: patient card, plan, order, ticket,
// invoice, claim, tracking, LOT and policy numbers, ОМС, a plate, КПП,
// БИК, ОКПО, correspondent accounts, a licence, tooth numbers, implant
// brands, versions shaped like IPs, masked cards, wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.131 (engine
// 1.128.0, commit 3d55483): SNILS 0.941 (a plain eleven-digit SNILS read
// as a phone) missed its target; PERSON 0.975, PHONE 0.992 and the other
// types (1.0) met theirs; 0.366% of PII characters leaked (33 of 9007,
// all PERSON), under the 0.5% target: the fourth file to meet the leak
// target untuned.
//
// It is no longer held out: after that run its misses drove rules-2025.132
// (engine 1.129.0), with those of heldout215: a SNILS named further back
// on its line. Tuned: SNILS 1.0; the leak is unchanged.

// heldout214Floor holds the targets, met tuned.
var heldout214Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.97, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout214MaxLeak: target 0.005, met untuned and tuned (0.366%).
const heldout214MaxLeak = 0.005

func TestHeldout214(t *testing.T) {
	corpusCheck{file: "testdata/heldout214.jsonl", name: "two-hundred-and-fourteenth held-out corpus", minMessages: 250,
		floors: heldout214Floor, everyType: true, maxLeak: heldout214MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
