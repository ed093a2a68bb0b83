package pii

import "testing"

// testdata/heldout8.jsonl is the eighth held-out file: 298 messages (164 Russian,
// 134 English; 78 without personal data; 642 gold spans: PERSON 307, PHONE
// 73, EMAIL 59, ADDRESS 57, INN 25, IP 22, BANK_ACCOUNT 20, PASSPORT 17, CARD
// 16, OGRN 16 with 6 ОГРНИП, SNILS 14), written by hand by someone who saw
// neither the engine nor any other labelled file, while the engine was tuned
// on heldout6 and heldout7. It is one month of an invented electronics and
// appliance retailer's CRM: B2C and B2B chats and e-mails with quoted
// history and signatures, typed call summaries, lower-case call and
// voicemail transcripts, a drivers' group chat, invoices and requisites
// (Russian, Latvian and Kazakh firms), a power of attorney, HR checklists
// with passports in several layouts, foreign passports, СНИЛС and salary
// cards (a 19-digit Mir card), card disputes and fraud tickets, security
// tickets with IPv4, IPv6 and link-local addresses, Russian, UK, Latvian,
// German and transliterated addresses (one a dacha plot). Negatives: "Вера
// в успех", "Слава богу", "Роза ветров", "Лада Веста/Granta", the voice
// assistants Алиса and Маруся, "Grace period", Victoria BC, companies named
// after people, versions shaped like IPs, a MAC address, masked cards,
// order, RMA, RRN, tracking and gift-card numbers, ОМС, VIN, plates, and
// identifiers with a wrong check digit. Initials are written before the
// surname only.
//
// The engine was judged on it once, untuned, with rules-2025.10 (engine
// 1.8.0, commit 6548153): BANK_ACCOUNT,
// EMAIL, INN, IP, OGRN and SNILS 1.0, PHONE 0.993 and PERSON 0.941 (targets
// met); CARD 0.968 (1 of 16 missed), PASSPORT 0.938 (2 of 17 missed) and
// ADDRESS 0.885 (11 of 57 missed) miss theirs; 6.789% of PII characters
// leaked (712 of 10487: ADDRESS 502, PERSON 173, CARD 19, PASSPORT 18).

// It is no longer held out: its misses drove rules-2025.11 (engine 1.9.0)
// with heldout9.jsonl's — addresses that name a unit or a flat after the
// house, European addresses anchored by postcode and town, lower-case names
// in transcripts beside a surname or before a greeting — each as a general
// rule with a case in context_names_test.go; heldout10.jsonl and
// heldout11.jsonl are the untuned sets. With rules-2025.11: ADDRESS 0.974,
// PASSPORT 0.970, PERSON 0.953, every other type 1.0; leak 3.395%.

// heldout8Floor guards the tuned level.
var heldout8Floor = map[string]float64{
	TypePhone: 0.99, TypeEmail: 0.99, TypeINN: 0.99, TypeSNILS: 0.99, TypeOGRN: 0.99, TypeBankAccount: 0.99,
	TypeIP: 0.99, TypeCard: 0.99, TypePassport: 0.96, TypeAddress: 0.97, TypePerson: 0.95,
}

// heldout8MaxLeak: target 0.005; 6.789% untuned, 3.395% tuned.
const heldout8MaxLeak = 0.035

func TestHeldout8(t *testing.T) {
	corpusCheck{file: "testdata/heldout8.jsonl", name: "eighth held-out corpus (a dev set since rules-2025.11)", minMessages: 250,
		floors: heldout8Floor, everyType: true, maxLeak: heldout8MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
