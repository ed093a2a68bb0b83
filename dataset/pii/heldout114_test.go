package pii

import "testing"

// testdata/heldout114.jsonl is the hundred-and-fourteenth held-out file:
// 272 messages (138 Russian, 134 English; 61 without personal data; 620
// gold spans: PERSON 389, PHONE 61, EMAIL 38, PASSPORT 31, ADDRESS 28, INN
// 20, IP 17, BANK_ACCOUNT 14, CARD 12, OGRN 6, SNILS 4), written by hand by
// someone who saw neither the engine nor any other labelled file, while
// the engine was tuned on heldout110 to heldout113. It is the CRM of a
// wedding and events agency with venues near Moscow and Kazan and
// destination weddings in Georgia, Turkey and Italy: couples' requests,
// guest lists and seating charts, hotel room blocks and rooming lists,
// catering and allergies, transfers, visas and passports, contracts with
// hosts, photographers and musicians (self-employed, INN, OGRNIP),
// deposits, refunds after cancellations, complaints, deletion requests.
// Chats, lower-case call transcripts, e-mails with headers, quotes,
// forwards and signatures, forms, CSV and pipe guest lists, OCR'd
// passports, contracts and statements, booking, payment and audit logs.
// Couples sharing a surname after marriage, maiden names ("Иванова
// (Петрова)", née), names in toasts and invitations in every case,
// families ("семья Сафиных", "the Whitfield wedding"), Tatar and Georgian
// names in both alphabets, diminutives, lower-case names, names that are
// also words both ways (Вера, Надежда, Любовь, Роза, Милана, Grace, Joy,
// Hope, Dawn, Will), dishes, cocktails and halls named after people
// (Оливье, Павлова, Beef Wellington, Bellini, Churchill). Addresses of
// venues, hotels and guests in Russia, the UK, Italy, Turkey and Georgia;
// phones read out. Negatives: orders, invoices, contracts, claims,
// tickets, RRNs, tracking numbers, SKUs, a VIN, plates, ОМС, КПП, БИК,
// ОКПО, correspondent accounts, masked cards, IP-shaped versions, numbers
// with a wrong check digit.
//
// The engine was judged on it once, untuned, with rules-2025.67 (engine
// 1.65.0, commit 96b652e): ADDRESS 0.982, PERSON 0.939 and every other
// identifier 1.0 (targets met) but PASSPORT 0.949 (three foreign passports
// after "з/п" in a visa list); 2.542% of PII characters leaked (216 of
// 8497: PERSON 130, ADDRESS 45, PASSPORT 30, PHONE 11; names that are also
// words, families and lower-case names, a street called "… Grove", a
// phone read out with a word for its country code), against the target
// of 0.5%.
//
// It is no longer held out: after that run its misses (with heldout115's)
// drove rules-2025.68 (engine 1.66.0): a foreign passport after "з/п", a
// UK address after a name on its line, "Дорогой" before a name, Turkic
// honorifics after one ("Firuza Khanum"), "Surname, First:" in a payment,
// a maiden name in brackets ("Иванова (Петрова) Ольга Сергеевна"), halls
// named after women, a country before its trip or after a passport, a
// first name and an initial in a field, names paired by "and" ("Bill and
// Stephanie"), first names a line each, Dawn and Mira. With
// rules-2025.68: PERSON 0.972, the others 1.0; leak 1.000% (85 of 8497:
// PERSON 58, ADDRESS 16, PHONE 11).

// heldout114Floor guards the tuned level.
var heldout114Floor = map[string]float64{
	TypeBankAccount: 0.99, TypeCard: 0.99, TypeEmail: 0.99, TypeINN: 0.99, TypeIP: 0.99, TypeOGRN: 0.99,
	TypePassport: 0.99, TypePhone: 0.99, TypeSNILS: 0.99, TypeAddress: 0.99, TypePerson: 0.96,
}

// heldout114MaxLeak: target 0.005; 2.542% untuned, 1.000% tuned.
const heldout114MaxLeak = 0.011

func TestHeldout114(t *testing.T) {
	corpusCheck{file: "testdata/heldout114.jsonl", name: "hundred-and-fourteenth held-out corpus", minMessages: 250,
		floors: heldout114Floor, everyType: true, maxLeak: heldout114MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
