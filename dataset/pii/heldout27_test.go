package pii

import "testing"

// testdata/heldout27.jsonl is the twenty-seventh held-out file: 260 messages
// (130 Russian, 130 English; 51 without personal data; 615 gold spans:
// PERSON 305, PHONE 63, EMAIL 50, ADDRESS 49, IP 47, INN 25, BANK_ACCOUNT
// 17, PASSPORT 16, SNILS 15, OGRN 14, CARD 14), written by hand by someone
// who saw neither the engine nor any other labelled file, while the engine
// was tuned on heldout24 and heldout25. It is the CRM of an IT-outsourcing
// helpdesk for business clients in Russia, Kazakhstan, the EU and the UK:
// accounts and MFA, VPN, e-mail, printers and laptops, onboarding with
// passports, СНИЛС and ИНН, requisites of contractors and clients,
// invoices, on-site visits, security incidents and phishing, access
// approvals, payroll and expenses; chats, letters, e-mails with quoted
// replies, lower-case transcripts (three phones and three addresses spelt
// out, labelled), monitoring alerts, requisites, CRM lists, firewall and VPN
// logs. Every real IP is labelled, internal servers, printers and phones
// included. Names in every case, surname and initials, diminutives, lower
// case, signatures, a sole trader after "ИП"; titles outside. Negatives:
// the «Лиза» bot, Alice/«Алиса», Jenkins, Oracle, Atlas, idioms, Victoria
// the city, ticket, invoice, PO and claim ids, hostnames, MAC addresses,
// serials, asset tags, licence keys, error codes, ports, an IMEI, fiscal
// register numbers, a VIN, a plate, an ОМС policy, tracking numbers,
// versions shaped like IPs (1C, Chrome, firmware, Oracle 19.22.0.0), КПП,
// БИК, ОКПО, correspondent accounts, masked cards, shared accounts (admin,
// svc_backup), and identifiers with a wrong check digit.
//
// The engine was judged on it once, untuned, with rules-2025.18 (engine
// 1.16.0, commit ce4c24b): BANK_ACCOUNT, CARD, EMAIL, INN, OGRN, PASSPORT,
// PHONE and SNILS 1.0, ADDRESS 0.957 and PERSON 0.938 (targets met); IP
// 0.959 (4 false alarms: versions shaped like IPs) misses its target;
// 3.429% of PII characters leaked (359 of 10470: ADDRESS 229, PERSON 130).

// It is no longer held out: after that run its misses (with heldout26's)
// drove rules-2025.19 (engine 1.17.0). With rules-2025.19: ADDRESS 1.0,
// PERSON 0.974, IP 0.990 (one version in brackets after a product name,
// "Veeam 12.1.2.172", remains), the other identifiers 1.0; leak 0.554%
// (PERSON 41, ADDRESS 17).

// heldout27Floor guards the tuned level.
var heldout27Floor = map[string]float64{
	TypeBankAccount: 0.99, TypeCard: 0.99, TypeEmail: 0.99, TypeINN: 0.99, TypeOGRN: 0.99, TypePassport: 0.99,
	TypePhone: 0.99, TypeSNILS: 0.99, TypeAddress: 0.99, TypePerson: 0.97,
	TypeIP: 0.98, // 0.9592 untuned, 0.9895 tuned
}

// heldout27MaxLeak: target 0.005; 3.429% untuned, 0.554% tuned.
const heldout27MaxLeak = 0.006

func TestHeldout27(t *testing.T) {
	corpusCheck{file: "testdata/heldout27.jsonl", name: "twenty-seventh held-out corpus", minMessages: 250,
		floors: heldout27Floor, everyType: true, maxLeak: heldout27MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
