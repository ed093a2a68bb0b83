package pii

import "testing"

// testdata/heldout194.jsonl is the hundred-and-ninety-fourth held-out file:
// 282 messages (142 Russian, 140 English; 55 without personal data; 526
// gold spans: PERSON 252, ADDRESS 68, PHONE 66, IP 42, EMAIL 37, PASSPORT
// 14, INN 13, CARD 11, BANK_ACCOUNT 11, OGRN 8, SNILS 4), written by hand
// by someone who saw neither the engine nor any other labelled file, while
// the engine was tuned on heldout192 and heldout193. It is the CRM of a
// home internet and cable TV provider in Kazan, Ufa, Chelyabinsk and the
// Minsk suburbs: connection requests, contracts and passport OCR, static
// IP assignments, router, ONT, RADIUS, DHCP and syslog lines, outages,
// technicians' visits and routes, payments, debts and disconnections,
// business clients' requisites, regulator complaints, deletion and access
// requests, a foreign vendor's e-mails and RMA forms. Chats, SMS,
// lower-case transcripts (a phone and an address said in words), e-mails
// with headers, quotes, forwards and signatures, web forms, CSV, pipe and
// markdown tables. Tatar and Bashkir names, every case form, diminutives,
// lower-case names, initials, split OCR name fields; names that are also
// words (Вера, Надежда, Любовь, Роман, Лев, Слава, Венера, Лилия, Hope,
// Grace, Will, Mark, Victoria), tariffs named like people, streets named
// after people with no house. Negatives: contract, personal account,
// ticket, invoice, order, tracking and RMA numbers, КПП, БИК, ОКПО, УНП,
// correspondent accounts, ОМС, masked cards, wrong check digits; firmware
// versions shaped like IPs, CIDR ranges, subnet masks, the default router
// page, MACs, serials, VLANs and ports.
//
// The engine was judged on it once, untuned, with rules-2025.120 (engine
// 1.118.0, commit f7c7ac9): IP 0.894 (ten false alarms: subnet masks
// "255.255.255.252", firmware versions, the router page 192.168.1.1) and
// PASSPORT 0.933 (a passport's words read into its span, a migration card's
// number) missed their targets; PERSON 0.971, ADDRESS 0.985 and the other
// types (1.0) met theirs; 1.034% of PII characters leaked (92 of 8898:
// ADDRESS 78, PERSON 14), against the target of 0.5%.
//
// rules-2025.121 (engine 1.119.0) was then tuned on it and on heldout195: a
// subnet mask is no device's address ("Маска 255.255.255.252", no longer
// Musk's genitive), "sw_ver=" names a version, a migration card's number is
// no passport, a radio channel is no canal ("канал Wi-Fi на 36"). IP 0.977
// (the router page 192.168.1.1, which most writers label, and a firmware
// version left), PASSPORT 0.966 (the words of an OCR'd passport inside its
// span); the leak is unchanged, 1.034%. These are tuned figures; the
// floors guard them.

// heldout194Floor guards the tuned level: the targets where met, the measured level where not.
var heldout194Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.96, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout194MaxLeak: target 0.005, missed (1.034%).
const heldout194MaxLeak = 0.011

func TestHeldout194(t *testing.T) {
	corpusCheck{file: "testdata/heldout194.jsonl", name: "hundred-and-ninety-fourth held-out corpus", minMessages: 250,
		floors: heldout194Floor, everyType: true, maxLeak: heldout194MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
