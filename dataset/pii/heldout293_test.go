package pii

import "testing"

// testdata/heldout293.jsonl is the two-hundred-and-ninety-third held-out
// file: 278 messages (138 Russian, 140 English; 55 without personal data;
// 471 gold spans: PERSON 250, PHONE 64, EMAIL 43, IP 37, ADDRESS 26, INN
// 11, PASSPORT 10, OGRN 9, BANK_ACCOUNT 9, CARD 7, SNILS 5), written by
// hand by someone who saw neither the engine nor any other labelled file,
// while the engine was tuned on heldout284 to heldout291.
// It is the CRM of an IT outsourcing and help-desk firm serving small
// offices in Moscow, Yekaterinburg, Almaty and Yerevan: laptop, printer,
// VPN and mail tickets, account creation and offboarding, password resets
// and MFA, on-site visits, remote sessions, phishing, complaints, deletion
// and access requests. Chats, SMS, lower-case call transcripts in both
// languages, e-mails with headers, quotes, forwards and signatures,
// out-of-office replies, web forms, CSV, pipe, tab-separated and AD user
// lists, asset tables, DHCP leases, VPN, AD, sshd and firewall logs,
// requisites, passports. Armenian and Kazakh names, surnames with
// initials, every case form, names that are also words used both ways.
// Negatives: logins built from names (i.petrov), role mailboxes (support@,
// it@, info@: left unlabelled at the writer's brief, which asked for it),
// product and assistant names, a printer queue named GRACE-3F, ticket,
// licence and serial numbers, MACs, plates, ОМС, КПП, БИК, ОКПО, masked
// cards, versions shaped like IPs, wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.150 (engine
// 1.145.0, commit e4f3503): EMAIL 0.905 missed its target, all of it the
// nine role mailboxes the writer's brief left unlabelled (the labelling
// convention elsewhere, and the engine, mask every address: a company's
// mailbox can still lead to a person); PERSON 0.984 and the other types
// (1.0) met theirs; 0.311% of PII characters leaked (23 of 7399, all
// PERSON): the leak target of 0.5% met.
//
// It is no longer held out: after that run its misses drove rules-2025.151
// (engine 1.146.0), with those of the other files from heldout284 to
// heldout295: the modal before a Will ("Will Will be on site tomorrow?").
// Tuned: EMAIL as untuned (the role mailboxes), PERSON 0.988; 0.311% leaked
// (23 of 7399).

// heldout293Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout293Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.90, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.97, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout293MaxLeak: target 0.005, met untuned (0.311%), met tuned (0.311%).
const heldout293MaxLeak = 0.004

func TestHeldout293(t *testing.T) {
	corpusCheck{file: "testdata/heldout293.jsonl", name: "two-hundred-and-ninety-third held-out corpus", minMessages: 250,
		floors: heldout293Floor, everyType: true, maxLeak: heldout293MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
