package pii

import "testing"

// testdata/heldout7.jsonl is the seventh held-out file: 268 long and messy
// CRM messages (136 Russian, 132 English; 66 without personal data; 868
// gold spans: PERSON 342, PHONE 124, ADDRESS 111, EMAIL 80, IP 52, INN 37,
// PASSPORT 34, CARD 29, BANK_ACCOUNT 25, OGRN 20, SNILS 16), written by hand
// by someone who saw neither the engine nor the other labelled files, at
// the same time as heldout6.jsonl. It holds forwarded e-mail chains with
// From/To/Кому/От headers and signatures listing several contacts,
// messenger chats with emoji, typos and lower-case diminutives, a Telegram
// export, transliterated Russian names in English text, mixed-language
// messages, requisites of companies and sole proprietors in both languages,
// payment disputes with full and masked cards, support tickets and log
// excerpts (nginx, auth, VPN, firewall, DHCP) with IPv4 and IPv6 next to
// versions and build numbers, 152-FZ and GDPR/CCPA subject requests with
// Russian, foreign, Kazakh and Latin-letter passports, and addresses in many
// forms: informal Russian ("Ленина 5, кв 12", "дом 7 корпус 2 квартира 40"),
// transliterated, US, UK, EU and others. Negatives as in heldout6.jsonl,
// plus IBANs, ОКТМО, «Марина» the restaurant and Владимир and Королёв as
// cities. PHONE spans start at the first digit, so "(212) 555-0147" is
// labelled from "212".
//
// The engine was judged on it once, untuned, with rules-2025.9 (engine
// 1.7.0, commit 6a0b648): CARD, INN, OGRN and SNILS 1.0, EMAIL 0.994,
// PHONE 0.988, PASSPORT 0.985 (targets met); BANK_ACCOUNT 0.960, IP 0.771
// (15 of 52 missed, 7 false alarms), ADDRESS 0.833 (29 of 111 missed) and
// PERSON 0.928 (22 misses, 28 false alarms of 342) — the first three miss
// their targets, PERSON meets 0.92; 9.191% of PII characters leaked (1402
// of 15254: ADDRESS 1003, IP 181, PERSON 169, BANK_ACCOUNT 20, PASSPORT 18,
// PHONE 11). Target 0.5%: missed.
//
// It is no longer held out: its misses drove rules-2025.10 (see
// heldout6_test.go). With rules-2025.10: PERSON 0.972, ADDRESS 0.973,
// BANK_ACCOUNT 0.980 (an IBAN's digits, unlabelled here, are reported),
// PHONE 0.996, EMAIL 0.994, every other type 1.0; leak 1.672% (ADDRESS 188,
// PERSON 67 characters). Some remaining "false alarms" are names the file
// leaves unlabelled ("Маш, привет!!", "Ира, вот данные", "Ваня заболел").

// heldout7Floor guards the tuned level.
var heldout7Floor = map[string]float64{
	TypePhone: 0.99, TypeEmail: 0.98, TypeCard: 0.99, TypeINN: 0.99, TypeSNILS: 0.99, TypeOGRN: 0.99,
	TypePassport: 0.99, TypeIP: 0.99, TypeBankAccount: 0.97, TypeAddress: 0.96, TypePerson: 0.96,
}

// heldout7MaxLeak: target 0.005; 9.191% untuned, 1.672% tuned.
const heldout7MaxLeak = 0.018

func TestHeldout7(t *testing.T) {
	corpusCheck{file: "testdata/heldout7.jsonl", name: "seventh held-out corpus (a dev set since rules-2025.10)", minMessages: 250,
		floors: heldout7Floor, everyType: true, maxLeak: heldout7MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
