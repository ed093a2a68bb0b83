package pii

import "testing"

// testdata/heldout108.jsonl is the hundred-and-eighth held-out file: 278
// messages (139 Russian, 139 English; 63 without personal data; 589 gold
// spans: PERSON 291, PHONE 84, EMAIL 49, ADDRESS 43, PASSPORT 30, INN 26,
// IP 26, BANK_ACCOUNT 14, OGRN 10, CARD 9, SNILS 7), written by hand by
// someone who saw neither the engine nor any other labelled file, while the
// engine was tuned on heldout106 and heldout107. It is the CRM of a customs
// broker and freight forwarder in Moscow, St Petersburg, Novorossiysk,
// Vladivostok and Yekaterinburg importing from China, Turkey, India and the
// UAE: declarations, containers and bills of lading, invoices and
// payments, ИП and ООО clients' requisites, individuals' parcels over the
// duty-free limit, damaged cargo, warehouse pickups with drivers,
// suppliers' contacts, complaints, deletion and access requests. WhatsApp
// and WeChat exports, lower-case call transcripts and voicemails, e-mails
// with headers, quotes, forwards and signatures, web forms, CSV, pipe and
// Markdown tables, OCR'd invoices and passports, login, payment and SMS
// logs. Chinese names in pinyin and Cyrillic, Turkish names with
// diacritics, Indian, Arabic, Vietnamese and Central Asian names, Russian
// names in every case form and diminutive, names inside ИП but not inside
// ООО names, words that can be names (Лада, Мир, Вера, Will, Mark).
// Addresses Russian, of warehouses and terminals, Chinese, Turkish,
// Indian, Emirati, Vietnamese and British. Negatives: declaration,
// container, HS, AWB, CMR, tracking, invoice and claim numbers, plates,
// licences, ОМС, КПП, БИК, ОКПО, correspondent accounts, a Turkish VAT
// number, an Indian GSTIN, IP-shaped versions, masked cards, numbers with
// a wrong check digit.
//
// The engine was judged on it once, untuned, with rules-2025.64 (engine
// 1.62.0, commit 2535687): every type met its target (ADDRESS 0.951,
// PERSON 0.975, INN 0.980, the others 1.0); 3.299% of PII characters
// leaked (320 of 9699: ADDRESS 274, PERSON 29, INN 12, PHONE 5; mostly
// plots and warehouses in industrial areas abroad, "Plot 47, MIDC
// Industrial Area, Andheri East, Mumbai 400093"), against the target of
// 0.5%.
//
// It is no longer held out: after that run its misses (with heldout109's)
// drove rules-2025.65 (engine 1.63.0): a plot or a warehouse after a
// firm's legal form ("Mehta Exports Pvt Ltd, Plot 47, MIDC Industrial
// Area"), five words in an address's part ("Al Quoz Industrial Area 3"),
// Mobilya and Sanayi are no names. With rules-2025.65: ADDRESS 0.976,
// PERSON 0.978, the other types as before; leak 2.021% (196 of 9699:
// ADDRESS 150, PERSON 29, INN 12, PHONE 5).

// heldout108Floor guards the tuned level.
var heldout108Floor = map[string]float64{
	TypeBankAccount: 0.99, TypeCard: 0.99, TypeEmail: 0.99, TypeINN: 0.98, TypeIP: 0.99, TypeOGRN: 0.99,
	TypePassport: 0.99, TypePhone: 0.99, TypeSNILS: 0.99, TypeAddress: 0.97, TypePerson: 0.97,
}

// heldout108MaxLeak: target 0.005; 3.299% untuned, 2.021% tuned.
const heldout108MaxLeak = 0.021

func TestHeldout108(t *testing.T) {
	corpusCheck{file: "testdata/heldout108.jsonl", name: "hundred-and-eighth held-out corpus", minMessages: 250,
		floors: heldout108Floor, everyType: true, maxLeak: heldout108MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
