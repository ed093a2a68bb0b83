package pii

import "testing"

// testdata/heldout43.jsonl is the forty-third held-out file: 260 messages
// (130 Russian, 130 English; 51 without personal data; 542 gold spans:
// PERSON 292, PHONE 49, EMAIL 39, INN 33, ADDRESS 29, PASSPORT 20, OGRN 19,
// BANK_ACCOUNT 17, IP 16, CARD 14, SNILS 14), written by hand by someone
// who saw neither the engine nor any other labelled file, while the engine
// was tuned on heldout40 and heldout41. It is the CRM of a network of
// coworking spaces and event venues in Moscow, St Petersburg, Kazan,
// Yekaterinburg, Novosibirsk, Tbilisi and Belgrade: memberships, freezes and
// refunds, room and hall bookings, guest and parking passes, access-card and
// turnstile logs, mail handling for resident firms, legal-address
// contracts, event organisers and catering, invoices, deposits and debt
// reminders, complaints, lost and found. Chats, letters, e-mails with
// signatures and quoted history, lower-case call transcripts (phones and an
// address spoken in words), portal and Wi-Fi notices, requisites, guest and
// staff lists, onboarding forms. Names in full, surname and initials, every
// case, diminutives and vocatives, lower case, transliterated, Korean,
// Chinese, Georgian and Kazakh names; titles and honorifics ("-san", MR)
// outside. Phones in many layouts (brackets, run together, 8-800,
// international, spoken); Russian, UK, Tbilisi and Belgrade addresses; IPv4
// and IPv6 from controllers, the Wi-Fi portal and logins. Negatives: rooms
// named after famous people (Менделеев, Tesla, Turing, Lovelace, Curie),
// Слава богу, Вера в успех, Надежда умирает последней, «Любовь к деталям» a
// firm, Лада Веста, Mark my words, Will you, May need, Bill for…, grace
// period, Victoria, BC, Sunny days; invoice, contract, ticket, booking and
// claim numbers, tracking numbers and a waybill, amounts, dates, SKUs, a
// VIN, plates, ОМС, КПП, БИК, ОКПО, correspondent accounts, masked cards, a
// UK VAT number, a firmware version shaped like an IP, and an INN, a SNILS
// and an OGRNIP with a wrong check digit.
//
// The engine was judged on it once, untuned, with rules-2025.26 (engine
// 1.24.0, commit bc8d35f): BANK_ACCOUNT, CARD, EMAIL, INN, OGRN, PASSPORT,
// PHONE and SNILS 1.0, ADDRESS 0.983 and PERSON 0.969 (targets met); IP
// 0.968 (one missed) just misses its target; 1.500% of PII characters
// leaked (131 of 8731: PERSON 80, ADDRESS 34, IP 11, PASSPORT 6).

// It is no longer held out: after that run its misses (with heldout42's)
// drove rules-2025.27 (engine 1.25.0). With rules-2025.27: IP 1.0,
// ADDRESS 1.0, PERSON 0.979, the other types 1.0; leak 0.481% (PERSON 36,
// PASSPORT 6).

// heldout43Floor guards the tuned level.
var heldout43Floor = map[string]float64{
	TypeBankAccount: 0.99, TypeCard: 0.99, TypeEmail: 0.99, TypeINN: 0.99, TypeIP: 0.99, TypeOGRN: 0.99,
	TypePassport: 0.99, TypePhone: 0.99, TypeSNILS: 0.99, TypeAddress: 0.99, TypePerson: 0.97,
}

// heldout43MaxLeak: target 0.005; 1.500% untuned, 0.481% tuned.
const heldout43MaxLeak = 0.005

func TestHeldout43(t *testing.T) {
	corpusCheck{file: "testdata/heldout43.jsonl", name: "forty-third held-out corpus", minMessages: 250,
		floors: heldout43Floor, everyType: true, maxLeak: heldout43MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
