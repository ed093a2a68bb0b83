package pii

import "testing"

// testdata/heldout101.jsonl is the hundred-and-first held-out file: 283
// messages (146 Russian, 137 English; 61 without personal data; 621 gold
// spans: PERSON 274, ADDRESS 100, PHONE 95, EMAIL 42, INN 26, IP 19,
// PASSPORT 17, CARD 16, BANK_ACCOUNT 14, OGRN 10, SNILS 8), written by hand
// by someone who saw neither the engine nor any other labelled file, while
// the engine was tuned on heldout98 and heldout99. It is the CRM of an
// appliance and electronics web shop with its own delivery, installation
// and warranty service: orders and delivery slots, couriers' route sheets,
// installations, warranty and repair tickets, returns and refunds to
// cards, instalment applications, B2B invoices and suppliers' requisites.
// Chats and chat exports, forms, letters and complaints, e-mails with
// headers, quoted replies, forwards and signatures, pasted tables, OCR
// scans, lower-case call transcripts, payment, audit, web and antifraud
// logs. Customers in Russia, Kazakhstan and Belarus, expats writing in
// English with transliterated addresses, London, Warsaw, Berlin and San
// Francisco. Names in every case form, diminutives and vocatives, surname
// first or last, capitals and lower case, names inside "ИП …". Not names:
// appliance brands and models (Атлант, Scarlett, Vitek, De'Longhi), voice
// assistants, shops, a warehouse called Victoria, the city Victoria, "Слава
// богу", "Mark my words", "Frank feedback". Addresses full, abbreviated,
// chat-style and spoken, with подъезд, этаж, офис, СНТ plots, ЖК, pickup
// points and legal addresses. Negatives: order, ticket, contract, tender
// and SKU numbers, serials, IMEIs, model codes, masked cards, КПП, БИК,
// ОКПО, ОКТМО, correspondent accounts, plates, tracking numbers, IP-shaped
// versions, numbers with a wrong check digit.
//
// The engine was judged on it once, untuned, with rules-2025.60 (engine
// 1.58.0, commit 08f943f): every type met its target (ADDRESS 0.975,
// PERSON 0.950, the others 1.0); 3.130% of PII characters leaked (363 of
// 11598: ADDRESS 312, PERSON 48, PHONE 3), against the target of 0.5%.
//
// It is no longer held out: after that run its misses (with heldout100's)
// drove rules-2025.61 (engine 1.59.0): a plot's number right after its
// word in an СНТ ("участок 114 — ориентир"), a city that is also a surname
// before its street ("Королёв, ул. Горького"), a transliterated street
// word or an ordinal before the street's name ("vul. Kalvaryjskaja 21",
// "pr. Mira 41", "1st Tverskaya-Yamskaya 24"), "k. 4" for корпус, a firm's
// word after a name ("Домовой Маркет", "Mi Home"). With rules-2025.61:
// ADDRESS 0.980 (misses: a microdistrict glued to its number, "Samal-2
// microdistrict", spoken numbers), PERSON 0.971 (brands that are names,
// Scarlett, Vitek), the other types as before; leak 2.035% (236 of 11598:
// ADDRESS 198, PERSON 35, PHONE 3).

// heldout101Floor guards the tuned level.
var heldout101Floor = map[string]float64{
	TypeBankAccount: 0.99, TypeCard: 0.99, TypeEmail: 0.99, TypeINN: 0.99, TypeIP: 0.99, TypeOGRN: 0.99,
	TypePassport: 0.99, TypePhone: 0.99, TypeSNILS: 0.99, TypeAddress: 0.97, TypePerson: 0.97,
}

// heldout101MaxLeak: target 0.005; 3.130% untuned, 2.035% tuned.
const heldout101MaxLeak = 0.021

func TestHeldout101(t *testing.T) {
	corpusCheck{file: "testdata/heldout101.jsonl", name: "hundred-and-first held-out corpus", minMessages: 250,
		floors: heldout101Floor, everyType: true, maxLeak: heldout101MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
