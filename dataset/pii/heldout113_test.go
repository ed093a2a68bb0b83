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
// spoken address, an Armenian passport), against the target of 0.5%.
//
// It is no longer held out: after that run its misses (with heldout112's)
// drove rules-2025.67 (engine 1.65.0): the first field of a CSV line under
// its header, meeting rooms named after people, a duration after a phone
// in a call log, a passport after "№", an IPv6 network, an address needs
// its house number, short past-tense verbs after a name ("Марк брал"),
// "Rich" and "Daisy", a lower-case name after "Имя:" or introduced with
// its firm. With rules-2025.67: ADDRESS 0.985 (a spoken address), PERSON
// 0.986, the others 1.0; leak 0.775% (57 of 7351: ADDRESS 37, PERSON
// 20).

// heldout113Floor guards the tuned level.
var heldout113Floor = map[string]float64{
	TypeBankAccount: 0.99, TypeCard: 0.99, TypeEmail: 0.99, TypeINN: 0.99, TypeIP: 0.99, TypeOGRN: 0.99,
	TypePassport: 0.99, TypePhone: 0.99, TypeSNILS: 0.99, TypeAddress: 0.98, TypePerson: 0.98,
}

// heldout113MaxLeak: target 0.005; 1.605% untuned, 0.775% tuned.
const heldout113MaxLeak = 0.008

func TestHeldout113(t *testing.T) {
	corpusCheck{file: "testdata/heldout113.jsonl", name: "hundred-and-thirteenth held-out corpus", minMessages: 250,
		floors: heldout113Floor, everyType: true, maxLeak: heldout113MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
