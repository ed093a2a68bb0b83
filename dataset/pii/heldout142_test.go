package pii

import "testing"

// testdata/heldout142.jsonl is the hundred-and-forty-second held-out file:
// 281 messages (141 Russian, 140 English; 59 without personal data; 515
// gold spans: PERSON 259, PHONE 64, ADDRESS 64, EMAIL 34, IP 18, PASSPORT
// 16, INN 15, BANK_ACCOUNT 15, CARD 15, OGRN 9, SNILS 6), written by hand by
// someone who saw neither the engine nor any other labelled file, while the
// engine was tuned on heldout138 to heldout141. It is the CRM of a wine and
// spirits importer and distributor in Russia, Georgia and Armenia: B2B
// orders from restaurants, shops and hotels, contracts and requisites,
// EGAIS and excise stamps, deliveries and drivers, tastings, online-shop
// customers (age checks by passport, loyalty cards, a wine club),
// complaints, returns, deletion requests. Chats, lower-case call
// transcripts, e-mails with headers, quotes, forwards and signatures, web
// forms, OCR'd passports and contracts, pipe price lists, CSV delivery
// sheets, statements, payment, EDI, API and security logs with IPv4 and
// IPv6, JSON webhooks, SMS templates. Every case form and diminutive,
// Georgian and Armenian names in Cyrillic and Latin, initials; names that
// are also words both ways (Вера, Надежда, Любовь, Роза, Слава, Hope, Grace,
// Will, Mark, Bill, Victoria); wines, brands and venues named after people
// or places (Château Margaux, Dom Pérignon, «Вдова Клико», «Князь
// Чавчавадзе», «Мама Тамара», Will & Grace Cabernet) unlabelled. Russian,
// Georgian, Armenian and UK addresses, some spoken. Negatives: order,
// invoice, claim, contract, licence, waybill, batch, SKU, container,
// tracking, GLN and EGAIS numbers, plates, ОМС, КПП, БИК, correspondent
// accounts, a Georgian tax ID and IBAN, masked cards, IP-shaped versions,
// wrong check digits. The writer left the company's own e-mail addresses
// unlabelled in three messages, against the brief.
//
// The engine was judged on it once, untuned, with rules-2025.82 (engine
// 1.80.0, commit d708f17): PERSON 0.907 (wines, châteaux and cafés named
// after people read as people: Margaux, Dom Pérignon, Чавчавадзе, Pushkin)
// and EMAIL 0.958 (the company's addresses the writer left unlabelled)
// below target, ADDRESS 0.976, PHONE 0.992 and the other types (1.0) met
// theirs; 2.199% of PII characters leaked (188 of 8548: ADDRESS 130, PERSON
// 52, PASSPORT 6; spoken and colloquial addresses, "на ленинградке 39"),
// against the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.83
// (engine 1.81.0), with heldout143's: wines, châteaux and a prince's wine
// ("Château Margaux", "Dom Pérignon", «Князь Чавчавадзе»), cafés,
// restaurants and bars named after writers ("Cafe Pushkin", "Restaurant
// Pushkin"), places and streets named with an adjective ("в Верхнем Ларсе",
// "на Большой Грузинской"). With rules-2025.83: PERSON 0.938, EMAIL 0.958
// (the writer's unlabelled company addresses stay false alarms), ADDRESS
// 0.976, PHONE 0.992, the others 1.0; leak 2.199% (188 of 8548: ADDRESS
// 130, PERSON 52, PASSPORT 6).

// heldout142Floor guards the tuned level.
var heldout142Floor = map[string]float64{
	TypeBankAccount: 0.99, TypeCard: 0.99, TypeEmail: 0.95, TypeINN: 0.99, TypeIP: 0.99, TypeOGRN: 0.99,
	TypePassport: 0.99, TypePhone: 0.99, TypeSNILS: 0.99, TypeAddress: 0.97, TypePerson: 0.93,
}

// heldout142MaxLeak: target 0.005; 2.199% untuned and tuned.
const heldout142MaxLeak = 0.022

func TestHeldout142(t *testing.T) {
	corpusCheck{file: "testdata/heldout142.jsonl", name: "hundred-and-forty-second held-out corpus", minMessages: 250,
		floors: heldout142Floor, everyType: true, maxLeak: heldout142MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
