package pii

import "testing"

// testdata/heldout113.jsonl is the hundred-and-thirteenth held-out file:
// 277 messages (140 Russian, 137 English; 59 without personal data; 465
// gold spans: PERSON 255, PHONE 52, EMAIL 37, ADDRESS 34, IP 24, PASSPORT
// 20, INN 17, BANK_ACCOUNT 8, OGRN 8, CARD 7, SNILS 3), written by hand by
// someone who saw neither the engine nor any other labelled file, while
// the engine was tuned on heldout110 and heldout111. It is the CRM of a
// coworking and virtual-office provider in Moscow, St Petersburg, Yerevan
// and Tbilisi: desks and offices, legal-address registration with
// requisites, mail scanning, meeting rooms, access cards and guest passes,
// Wi-Fi, DHCP, VPN and firewall logs, invoices and debts, tax inspections
// of the legal address, noise complaints, foreign founders' passports,
// deletion requests. Chats, lower-case call transcripts, e-mails with
// headers, quotes, forwards and signatures, forms, CSV and pipe tables,
// OCR'd envelopes and letters, access-control logs. A sole trader named in
// his firm (ИП Смирнова А.В.) against firms named after people («Смирнов и
// партнёры», "Olga Petrova Design"), directors by first name and
// patronymic, Armenian, Georgian and Kazakh names in both alphabets,
// airline-style names, names that are also words both ways (Вера, Слава,
// Роман, Лев, Mark, Bill, Rich, Will), rooms named after famous people.
// Addresses with building, литера, floor, office and room parts in Russia,
// Armenia and Georgia. Negatives: contracts, invoices, tickets, cases,
// tracking numbers, КПП, БИК, ОКПО, correspondent accounts, ОМС, a VIN,
// plates, masked cards and accounts, CIDR ranges, IP-shaped versions, a
// test card, numbers with a wrong check digit.
//
// The engine was judged on it once, untuned, with rules-2025.66 (engine
// 1.64.0, commit 1456b0a): ADDRESS 0.971, PERSON 0.967, IP 0.980,
// PASSPORT 0.974, PHONE 0.971, the others 1.0 (targets met); INN 0.970
// (0.9697: a ten-digit INN in a CSV column read as a phone) just misses
// its target; 1.605% of PII characters leaked (118 of 7351: PERSON 41,
// ADDRESS 37, PHONE 31, PASSPORT 9; phones after a time in a call log, a
// spoken address, an Armenian passport), against the target of 0.5%. It
// has not been tuned on: these are held-out figures.

// heldout113Floor holds the untuned figures: the targets where met, the measured level where not.
var heldout113Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.96, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.97, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout113MaxLeak: target 0.005, missed (1.605%).
const heldout113MaxLeak = 0.017

func TestHeldout113(t *testing.T) {
	corpusCheck{file: "testdata/heldout113.jsonl", name: "hundred-and-thirteenth held-out corpus", minMessages: 250,
		floors: heldout113Floor, everyType: true, maxLeak: heldout113MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
