package pii

import "testing"

// testdata/heldout11.jsonl is the eleventh held-out file: 273 messages (125 Russian,
// 148 English; 56 without personal data; 609 gold spans: PERSON 293,
// ADDRESS 110, PHONE 60, EMAIL 42, IP 22, INN 19, PASSPORT 18, CARD 12,
// BANK_ACCOUNT 11, SNILS 11, OGRN 11), written by hand by someone who saw
// neither the engine nor any other labelled file, at the same time as
// heldout10.jsonl. It is the CRM of a real-estate agency and property
// manager in Russia, Georgia, Turkey, Cyprus, the UAE, the UK and the US:
// viewings, tenant and landlord chats, leases and sales with passport and
// company details, maintenance tickets, deposit refunds, mortgage brokers,
// KYC, marketing and NPS replies; formal letters, forwarded chains with
// signatures, WhatsApp and Telegram exports, lower-case call transcripts (one
// address spelled out in words), client-portal and access logs, internal
// notes. Addresses come in Russian, Georgian, Turkish (Mah./Cad./No:/D:),
// Cypriot, Emirati, British and US formats, formal and informal ("Большой
// Зеленина 28", "на Кутузовском, 35"). Negatives: Dubai Marina and Marina
// Gate, Victoria and Albert as roads, Georgia the country, firms named after
// people (Loizou & Co), streets named after people (Чавчавадзе, Руставели),
// cadastral, Ejari, DEWA, MPAN, MPRN, APN and MLS numbers, versions shaped
// like IPs, masked cards, IBANs and UK sort codes, a Turkish tax number, and
// identifiers with a wrong check digit.
//
// The engine was judged on it once, untuned, with rules-2025.11 (engine
// 1.9.0, commit 563ed15): BANK_ACCOUNT,
// CARD, EMAIL, INN, OGRN and SNILS 1.0 (targets met); PHONE 0.960 (5 false
// alarms), IP 0.957 (2 false alarms), PASSPORT 0.941 (2 of 18 missed),
// PERSON 0.867 (23 misses and 60 false alarms of 293: building, road and
// company names taken for people) and ADDRESS 0.860 (24 of 110 missed)
// miss theirs; 12.001% of PII characters leaked (1374 of 11449: ADDRESS
// 1174, PERSON 182, PASSPORT 18).

// It is no longer held out: its misses drove rules-2025.12 (see
// heldout10_test.go). With rules-2025.12: PERSON 0.902 (36 false alarms
// left, from 60), ADDRESS 0.924, PASSPORT 0.941, PHONE 0.960, IP 0.957,
// every other type 1.0; leak 7.704% (ADDRESS 682, PERSON 182).

// heldout11Floor guards the tuned level.
var heldout11Floor = map[string]float64{
	TypeEmail: 0.99, TypeCard: 0.99, TypeINN: 0.99, TypeSNILS: 0.99, TypeOGRN: 0.99, TypeBankAccount: 0.99,
	TypePhone: 0.95, TypeIP: 0.95, TypePassport: 0.94, TypePerson: 0.90, TypeAddress: 0.92,
}

// heldout11MaxLeak: target 0.005; 12.001% untuned, 7.704% tuned.
const heldout11MaxLeak = 0.078

func TestHeldout11(t *testing.T) {
	corpusCheck{file: "testdata/heldout11.jsonl", name: "eleventh held-out corpus (a dev set since rules-2025.12)", minMessages: 250,
		floors: heldout11Floor, everyType: true, maxLeak: heldout11MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
