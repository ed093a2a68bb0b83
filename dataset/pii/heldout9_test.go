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

// heldout9Floor is the target where it was met, else a floor just
// below the level reached.
var heldout9Floor = map[string]float64{
	TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeCard: 0.97,
	TypePerson:      0.91, // target 0.92: missed (0.9119)
	TypeSNILS:       0.95, // target 0.97: missed (0.9565)
	TypeOGRN:        0.96, // target 0.97: missed (0.9630)
	TypePhone:       0.95, // target 0.97: missed (0.9552)
	TypeBankAccount: 0.93, // target 0.97: missed (0.9375)
	TypePassport:    0.93, // target 0.97: missed (0.9315)
	TypeAddress:     0.82, // target 0.92: missed (0.8293)
}

// heldout9MaxLeak: target 0.005, missed (10.930%).
const heldout9MaxLeak = 0.11

func TestHeldout9(t *testing.T) {
	corpusCheck{file: "testdata/heldout9.jsonl", name: "ninth held-out corpus", minMessages: 250,
		floors: heldout9Floor, everyType: true, maxLeak: heldout9MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
