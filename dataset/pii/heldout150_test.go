package pii

import "testing"

// testdata/heldout150.jsonl is the hundred-and-fiftieth held-out file: 283
// messages (144 Russian, 139 English; 65 without personal data; 533 gold
// spans: PERSON 313, PHONE 51, ADDRESS 42, EMAIL 30, INN 22, PASSPORT 19,
// BANK_ACCOUNT 14, IP 14, CARD 12, OGRN 9, SNILS 7), written by hand by
// someone who saw neither the engine nor any other labelled file, while the
// engine was tuned on heldout146 to heldout149. It is the CRM of a film and
// TV casting agency in Moscow and St Petersburg: actors' and extras'
// applications and self-employed forms, children actors and their parents'
// consents, call sheets, fees and payout registers, contracts with
// production companies and their requisites, agents, complaints, deletion
// requests. Chats, lower-case call transcripts and voicemails, e-mails with
// headers, quotes, forwards and signatures, web forms, CSV and pipe tables,
// OCR'd passports, SMS, portal and payment logs with IPv4 and IPv6. Roles
// and characters named like people («Анна Каренина», "Detective Ivanov",
// Маргарита, Шерлок, Young Pushkin) and films' titles ("Roman Holiday")
// unlabelled; stage names and directors or actors named as references
// labelled; every case form, diminutives, lower-case names, capitals,
// initials; names that are also words both ways. Russian, London, Dublin
// and transliterated addresses, some spoken. Negatives: contract, invoice,
// ticket, payment-order and call-sheet numbers, a VIN, a plate, ОМС, КПП,
// БИК, ОКПО, correspondent accounts, tracking numbers, an IP-shaped
// version, masked cards, wrong check digits. The writer left the agency's
// own e-mail addresses unlabelled in three messages, against the brief.
//
// The engine was judged on it once, untuned, with rules-2025.86 (engine
// 1.84.0, commit d6dd4e3): PERSON 0.907 (roles and characters read as
// people: Ivanov, Маргарита, Hudson, «Наташи Ростовой»), EMAIL 0.952 (the
// agency's addresses the writer left unlabelled) and BANK_ACCOUNT 0.966
// (one account read where the text has none to check) below target,
// ADDRESS 0.988 and the other types (1.0) met theirs; 2.487% of PII
// characters leaked (204 of 8204: PERSON 137, ADDRESS 67; famous directors
// and actors named as references, lower-case names that are also words),
// against the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.87
// (engine 1.85.0), with those of heldout151: a part in a film after "роль"
// or "the role of" is a character, not a person; Zelenograd's numbered
// buildings are addresses without a street; languages spoken are no names.
// With rules-2025.87: PERSON 0.925, EMAIL 0.952, BANK_ACCOUNT 0.966, the
// others 1.0; leak 2.011% (165 of 8204: PERSON 121, ADDRESS 44).

// heldout150Floor guards the tuned level.
var heldout150Floor = map[string]float64{
	TypeBankAccount: 0.96, TypeCard: 0.99, TypeEmail: 0.95, TypeINN: 0.99, TypeIP: 0.99, TypeOGRN: 0.99,
	TypePassport: 0.99, TypePhone: 0.99, TypeSNILS: 0.99, TypeAddress: 0.99, TypePerson: 0.92,
}

// heldout150MaxLeak: target 0.005; 2.487% untuned, 2.011% tuned.
const heldout150MaxLeak = 0.021

func TestHeldout150(t *testing.T) {
	corpusCheck{file: "testdata/heldout150.jsonl", name: "hundred-and-fiftieth held-out corpus", minMessages: 250,
		floors: heldout150Floor, everyType: true, maxLeak: heldout150MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
