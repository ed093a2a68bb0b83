package pii

import "testing"

// testdata/heldout887.jsonl is the eight-hundred-and-eighty-seventh held-out
// file: 280 messages (140 Russian, 140 English; 65 without personal data;
// 527 gold spans: PERSON 277, ADDRESS 70, PHONE 58, EMAIL 35, IP 18,
// PASSPORT 16, INN 15, BANK_ACCOUNT 12, CARD 11, OGRN 8, SNILS 7), written
// by hand by someone who saw neither the engine nor any other labelled file,
// while the engine was tuned on files up to heldout884. It is the CRM of an
// IT outsourcing helpdesk for small businesses in Novosibirsk and Barnaul:
// tickets, remote sessions, engineers' visits, server logs, licences,
// contracts. Tickets with logs pasted in, engineers' chats, e-mails with
// clients, lower-case call transcripts, CSV asset lists, pipe tables of
// invoices, contracts, SMS. IPv4 and IPv6 addresses in sshd, iptables, nginx
// and WireGuard logs beside ports, prefixes, masks and versions, e-mails
// made of names, engineers by first name. Negatives: logins and hostnames
// made of names (kpetrov, buh-kovaleva-pc), software and servers named like
// people (Jenkins, PUSHKIN, Hemingway), numbers with wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.248 (engine
// 1.243.0, commit 6854d08): every F1 target met (PERSON 0.991, ADDRESS
// 0.993, PHONE 0.992, IP 0.971, the other types 1.0); 0.412% of PII
// characters leaked (35 of 8486: ADDRESS 26, IP 9), within the target of
// 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.249
// (engine 1.244.0), with those of the other files from heldout885 to
// heldout892: none of its own misses; the rules from the other files changed
// none of its figures. Left: the loopback address 127.0.0.1, a bot named
// like a person ("Иван Васильевич"), and a reply word taken for a name
// ("алё"). Tuned: PERSON 0.991, PHONE 0.992, ADDRESS 0.993, IP 0.971; 0.412%
// leaked (35 of 8486).

// heldout887Floor holds the tuned figures: the targets, all met.
var heldout887Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.97, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout887MaxLeak: target 0.005, met untuned (0.412%), met tuned (0.412%).
const heldout887MaxLeak = 0.005

func TestHeldout887(t *testing.T) {
	corpusCheck{file: "testdata/heldout887.jsonl", name: "eight-hundred-and-eighty-seventh held-out corpus", minMessages: 250,
		floors: heldout887Floor, everyType: true, maxLeak: heldout887MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
