package pii

import "testing"

// testdata/heldout105.jsonl is the hundred-and-fifth held-out file: 278
// messages (140 Russian, 138 English; 59 without personal data; 620 gold
// spans: PERSON 319, ADDRESS 103, PHONE 59, EMAIL 39, PASSPORT 22, IP 20,
// INN 19, BANK_ACCOUNT 14, OGRN 10, CARD 9, SNILS 6), written by hand by
// someone who saw neither the engine nor any other labelled file, while the
// engine was tuned on heldout102 and heldout103. It is the CRM of a
// property-management company (УК, ТСЖ) in St Petersburg, Nizhny Novgorod
// and Yekaterinburg, its repair service and its short-term rental
// department for foreign guests: leaks, heating, lifts, intercoms, meter
// readings, debts, court orders, owners' meeting minutes with registers,
// contractors' invoices, guests' check-in forms, complaints to ГЖИ,
// consent and deletion requests. Short chats, house-chat exports with many
// speakers, lower-case call transcripts (numbers and addresses spoken),
// e-mails with headers, quotes and signatures, forms, tables, OCR scans
// with O for 0, dispatcher, payment, web and firewall logs. Residents by
// flat, by diminutive, by patronymic alone (Петрович, Михалыч), in
// capitals; names that are also words both ways (Надежда, Лев, Роман,
// Will, Hope, Jack). One building written many ways, St Petersburg forms
// (12-я линия В.О., литера), a street and house alone ("Kazanskaya 8/23",
// "Чкалова 124-45"), UK, US, Japanese, Turkish and French addresses.
// Negatives: лицевой счёт and meter numbers, bookings, tickets, court
// cases, КПП, БИК, ОКПО, correspondent accounts, policies, cadastral and
// tracking numbers, VINs, plates, masked cards, IP-shaped versions,
// numbers with a wrong check digit.
//
// The engine was judged on it once, untuned, with rules-2025.62 (engine
// 1.60.0, commit fe23738): PERSON 0.960, PASSPORT 0.977, PHONE 0.992,
// BANK_ACCOUNT, CARD, EMAIL, INN, OGRN and SNILS 1.0 (targets met);
// ADDRESS 0.809 (33 missed: a street and house alone in tickets and logs,
// "Kazanskaya 8/23", "Marata 69/15"; the lines of Vasilyevsky Island;
// spoken addresses) and IP 0.952 (two version numbers) miss their
// targets; 7.108% of PII characters leaked (743 of 10453: ADDRESS 647,
// PERSON 70, PHONE 16, PASSPORT 10), against the target of 0.5%.
//
// It is no longer held out: after that run its misses (with heldout104's)
// drove rules-2025.63 (engine 1.61.0): a transliterated street before a
// house with its building after a slash ("Marata 69/15", "Lenina
// 24/8-311"); a street named without its keyword and its house after a
// comma, after на, по or ТСЖ ("на Викулова, 33/2", "по Большой
// Покровской, 32"); the ordinal before a line of Vasilyevsky Island
// ("12-я линия В.О."); a kernel's version. With rules-2025.63: ADDRESS
// 0.927 (misses: "Marata 69" and "Uralskaya 56" alone, "12th Line V.O.",
// "B. Pokrovskaya 32/56", spoken addresses), IP 0.976 (a router id),
// PERSON 0.966, the other types as before; leak 4.630% (484 of 10453:
// ADDRESS 388, PERSON 70, PHONE 16, PASSPORT 10).

// heldout105Floor guards the tuned level.
var heldout105Floor = map[string]float64{
	TypeBankAccount: 0.99, TypeCard: 0.99, TypeEmail: 0.99, TypeINN: 0.99, TypeIP: 0.97, TypeOGRN: 0.99,
	TypePassport: 0.97, TypePhone: 0.99, TypeSNILS: 0.99, TypeAddress: 0.92, TypePerson: 0.96,
}

// heldout105MaxLeak: target 0.005; 7.108% untuned, 4.630% tuned.
const heldout105MaxLeak = 0.047

func TestHeldout105(t *testing.T) {
	corpusCheck{file: "testdata/heldout105.jsonl", name: "hundred-and-fifth held-out corpus", minMessages: 250,
		floors: heldout105Floor, everyType: true, maxLeak: heldout105MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
