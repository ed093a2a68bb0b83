package pii

import "testing"

// testdata/heldout9.jsonl is the ninth held-out file: 264 messages (136 Russian,
// 128 English; 58 without personal data; 673 gold spans: PERSON 292, ADDRESS
// 93, PHONE 65, EMAIL 56, IP 42, PASSPORT 38, INN 24, CARD 20, BANK_ACCOUNT
// 15, OGRN 14, SNILS 12), written by hand by someone who saw neither the
// engine nor any other labelled file, at the same time as heldout8.jsonl.
// It is the CRM of a freight-forwarding firm with a customs brokerage and a
// relocation service across Russia, Kazakhstan, the EU, the UK and the US:
// shipment and customs correspondence, relocation intake forms (Russian,
// Kazakh, US, UK, EU and Korean passports), counterparty cards, payment and
// chargeback disputes, driver onboarding, messenger exports with
// timestamps, lower-case call transcripts and voicemails (two spelled-out
// addresses), web leads, forwarded chains, and sign-in, nginx, firewall,
// VPN, mail-gateway and SIEM logs with public, private, link-local and
// compressed IPv4 and IPv6. Addresses come in Russian, Kazakh mikrorayon,
// UK, US, Polish, German, French, Italian, Czech, Swedish, Irish and Gulf
// formats. Negatives: "Лада Веста", "Слава богу", Victoria BC, Florence,
// Jordan, Paris TX, "Jack Daniel's", companies named after people, AWB, B/L,
// container, MRN, TIR and declaration numbers, HS codes, VINs, plates,
// seals, a Kazakh BIN, EORI and VAT numbers, OTP codes, masked cards,
// versions shaped like IPs, and identifiers with a wrong check digit. IBANs,
// visa sticker numbers and Kazakh IINs are left unlabelled.
//
// The engine was judged on it once, untuned, with rules-2025.10 (engine
// 1.8.0, commit 6548153): EMAIL and INN
// 1.0, IP 0.988 (targets met); PERSON 0.912 (28 misses, 23 false alarms of
// 292), CARD 0.976 and SNILS 0.957 (one miss or false alarm each), OGRN
// 0.963, PHONE 0.955 (5 false alarms), BANK_ACCOUNT 0.938 (2 false alarms),
// PASSPORT 0.932 (4 of 38 missed) and ADDRESS 0.829 (25 of 93 missed) —
// all below their targets but CARD; 10.930% of PII characters leaked (1309
// of 11976: ADDRESS 1047, PERSON 181, PASSPORT 42, PHONE 15, SNILS 14, IP
// 10).

// It is no longer held out: its misses drove rules-2025.11 (see
// heldout8_test.go). With rules-2025.11: ADDRESS 0.943, PERSON 0.925,
// PASSPORT 0.932, PHONE 0.977, BANK_ACCOUNT 0.968, SNILS 0.957, IP 0.988,
// CARD, EMAIL, INN and OGRN 1.0; leak 6.204% (ADDRESS 481 characters, many
// in lower-case spoken addresses).

// heldout9Floor guards the tuned level.
var heldout9Floor = map[string]float64{
	TypeEmail: 0.99, TypeINN: 0.99, TypeCard: 0.99, TypeOGRN: 0.99, TypeIP: 0.98, TypePhone: 0.97,
	TypeBankAccount: 0.96, TypeSNILS: 0.95, TypePassport: 0.93, TypeAddress: 0.94, TypePerson: 0.92,
}

// heldout9MaxLeak: target 0.005; 10.930% untuned, 6.204% tuned.
const heldout9MaxLeak = 0.063

func TestHeldout9(t *testing.T) {
	corpusCheck{file: "testdata/heldout9.jsonl", name: "ninth held-out corpus (a dev set since rules-2025.11)", minMessages: 250,
		floors: heldout9Floor, everyType: true, maxLeak: heldout9MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
