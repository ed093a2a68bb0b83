package pii

import "testing"

// testdata/heldout159.jsonl is the hundred-and-fifty-ninth held-out file:
// 278 messages (139 Russian, 139 English; 60 without personal data; 490
// gold spans: PERSON 238, IP 63, EMAIL 51, PHONE 46, ADDRESS 31, INN 17,
// PASSPORT 11, BANK_ACCOUNT 9, CARD 9, OGRN 8, SNILS 7), written by hand by
// someone who saw neither the engine nor any other labelled file, while the
// engine was tuned on heldout154 to heldout157. It is the CRM of an IT
// outsourcing helpdesk for small businesses: tickets, remote-access
// sessions, laptops, printers and UPSs with serials, mailbox migrations,
// onboarding and offboarding, phishing incidents, contracts, invoices, card
// payments, on-site visits, complaints, deletion and access requests.
// Chats, lower-case call transcripts and voicemails (phones spoken in
// words), e-mails with headers, quotes, forwards and signatures, web forms,
// CSV and pipe asset lists, DHCP and switch tables, OCR'd passports, sshd,
// VPN, firewall, mail and RDP logs with public and private IPv4 (all
// labelled) and IPv6. Every case form, surnames alone, first name and
// patronymic, initials before the surname, diminutives, lower-case names,
// "SURNAME/GIVEN" booking names labelled, titles outside; logins built from
// names (a.petrova, ivanov_s), hostnames (PC-PETROVA), MAC addresses, IMEIs,
// AnyDesk IDs, licence keys and IP-shaped versions unlabelled; names that
// are also words both ways. Negatives: ticket, invoice, contract, PO and
// tracking numbers, plates, ОМС, КПП, БИК, ОКПО, correspondent accounts, a
// routing number, masked cards, wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.90 (engine
// 1.88.0, commit 5c56428): BANK_ACCOUNT 0.947 (an account the text says the
// bank does not know, with no БИК to check it) missed its target, PERSON
// 0.967, IP 0.984 and the other types (1.0) met theirs; 0.555% of PII
// characters leaked (44 of 7927: PERSON 31, IP 13), against the target of
// 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.91
// (engine 1.89.0), with those of heldout158: an IPv4 field after an IPv6
// one in a firewall log, a 1C configuration's release ("1С:УТ
// 11.5.16.54"), a company's field and products named like people ("Lynch
// Joinery", "Kaspersky Endpoint Security"), a table's "Email" header. With
// rules-2025.91: PERSON 0.977, BANK_ACCOUNT 0.947, the others 1.0; leak
// 0.391% (31 of 7927, all PERSON), under the 0.5% target now that it has
// been tuned on.

// heldout159Floor guards the tuned level.
var heldout159Floor = map[string]float64{
	TypeBankAccount: 0.94, TypeCard: 0.99, TypeEmail: 0.99, TypeINN: 0.99, TypeIP: 0.99, TypeOGRN: 0.99,
	TypePassport: 0.99, TypePhone: 0.99, TypeSNILS: 0.99, TypeAddress: 0.99, TypePerson: 0.97,
}

// heldout159MaxLeak: target 0.005; 0.555% untuned, 0.391% tuned.
const heldout159MaxLeak = 0.004

func TestHeldout159(t *testing.T) {
	corpusCheck{file: "testdata/heldout159.jsonl", name: "hundred-and-fifty-ninth held-out corpus", minMessages: 250,
		floors: heldout159Floor, everyType: true, maxLeak: heldout159MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
