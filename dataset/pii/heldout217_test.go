package pii

import "testing"

// testdata/heldout217.jsonl is the two-hundred-and-seventeenth held-out
// file: 280 messages (141 Russian, 139 English; 60 without personal data;
// 517 gold spans: PERSON 266, PHONE 86, EMAIL 46, IP 40, ADDRESS 25, INN
// 13, BANK_ACCOUNT 10, PASSPORT 10, CARD 8, OGRN 8, SNILS 5), written by
// hand by someone who saw neither the engine nor any other labelled file,
// while the engine was tuned on heldout214 and heldout215.
// It is the CRM and support desk of a Russian vendor of cloud telephony
// and CRM with client companies in Russia, Kazakhstan and Armenia: tenant
// admins and user exports, SIP trunks and numbers, porting, call
// recordings and agents, IP whitelists, login and audit logs, outages and
// incidents, security alerts, invoices, contracts, DPAs and powers of
// attorney with requisites, refunds, deletion and access requests.
// Chats, tickets, lower-case call transcripts, e-mails with headers,
// quotes, forwards and signatures, web forms, SMS; CSV, semicolon and
// pipe tables, JSON and key=value logs, syslog lines, stack traces. Names
// in user=, agent=, caller_name= and actor= fields, every case form,
// Armenian and Kazakh names in both alphabets; names that are also words
// used both ways. Negatives: ticket, invoice, contract, incident, trace
// and call ids, API keys, SIP URIs and logins, servers named after people
// (Гагарин, Turing, Lovelace, Hopper), versions shaped like IPs, a plate,
// OTP codes, masked cards, КПП, БИК, ОКПО, a Kazakh BIN, correspondent
// accounts, wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.132 (engine
// 1.129.0, commit 2f62e95): every F1 target met (EMAIL 0.979: a SIP URI
// read as an address; PERSON 0.989; the other types 1.0), and 0.162% of
// PII characters leaked (13 of 8004: PERSON 7, ADDRESS 6), under the 0.5%
// target: the third file, after heldout140 and heldout200, to meet every
// target untuned.
//
// rules-2025.133 (engine 1.130.0), tuned on heldout216, 218 and 219 with
// it, leaves its figures unchanged.

// heldout217Floor holds the untuned figures: the targets, all met.
var heldout217Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.97, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout217MaxLeak: target 0.005, met untuned (0.162%).
const heldout217MaxLeak = 0.005

func TestHeldout217(t *testing.T) {
	corpusCheck{file: "testdata/heldout217.jsonl", name: "two-hundred-and-seventeenth held-out corpus", minMessages: 250,
		floors: heldout217Floor, everyType: true, maxLeak: heldout217MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
