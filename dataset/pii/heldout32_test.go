package pii

import "testing"

// testdata/heldout32.jsonl is the thirty-second held-out file: 260 messages
// (130 Russian, 130 English; 55 without personal data; 564 gold spans:
// PERSON 323, PHONE 52, ADDRESS 38, EMAIL 32, INN 27, PASSPORT 18, OGRN 16,
// IP 16, BANK_ACCOUNT 15, CARD 14, SNILS 13), written by hand by someone
// who saw neither the engine nor any other labelled file, while the engine
// was tuned on heldout30 and heldout31. It is the CRM of a restaurant chain
// with a catering and event agency: table bookings, banquets, weddings and
// corporate events, menus and allergies, deliveries to venues, deposits and
// refunds, food and drink suppliers, staff shifts, reviews and complaints.
// Staff chats and DMs, letters and commercial offers, e-mails with
// signatures and quoted history, lower-case speech-recognition transcripts
// (two phones and a passport spoken, labelled), notices, requisites,
// payment orders, lists and rotas. Names in every case, diminutives and
// vocatives, initials, lower case, signatures, families ("the Johnson
// wedding", "у Соколовых"); titles (Mr., Ms., Dr., Sir, Lady, Chef,
// Professor) outside. Phones from Russia (8-800 too), the UK, the US, the
// UAE, Uzbekistan and Norway; passports as series and number, "серия …
// номер …", spoken, foreign Latin-letter ones; Russian postal addresses
// (index, region, корпус, строение, литера, офис, кв.), spoken lower-case
// ones, UK, Norwegian and transliterated ones. Negatives: Вера, Слава,
// Любовь, Надежда as words or in firm names, flowers (Роза, Лилия), dishes
// (Цезарь, Наполеон, Павлова, Beef Wellington, Beef Stroganoff), Victoria as
// a city, a ballroom and an agency, Will, Mark, Grace, Bill, Sherry, Olive;
// order, booking, invoice, contract, claim and ticket numbers, tracking
// numbers, RRN, a fiscal storage number, a VIN, a plate, SKUs, amounts,
// dates, КПП, БИК, correspondent accounts, ОКПО, SWIFT and VAT numbers,
// versions shaped like IPs, masked cards, and an ИНН, a СНИЛС and two cards
// with a wrong check digit.
//
// The engine was judged on it once, untuned, with rules-2025.21 (engine
// 1.19.0, commit ab69d73): BANK_ACCOUNT, CARD, EMAIL, IP, OGRN and SNILS
// 1.0, PHONE 0.990, PASSPORT 0.971, ADDRESS 0.959 and PERSON 0.949 (targets
// met); INN 0.963 (one missed, one false alarm) misses its target; 2.887%
// of PII characters leaked (238 of 8244: ADDRESS 130, PERSON 74, PHONE 15,
// INN 10, PASSPORT 9).

// It is no longer held out: after that run its misses (with heldout33's)
// drove rules-2025.22 (engine 1.20.0). With rules-2025.22: ADDRESS 0.987
// (a Norwegian "allé" missed), INN 0.981 (one read out in a transcript
// after "invoice"), PERSON 0.964, the other types 1.0; leak 1.116% (PERSON
// 45, ADDRESS 37, INN 10).

// heldout32Floor guards the tuned level.
var heldout32Floor = map[string]float64{
	TypeBankAccount: 0.99, TypeCard: 0.99, TypeEmail: 0.99, TypeIP: 0.99, TypeOGRN: 0.99, TypePassport: 0.99,
	TypePhone: 0.99, TypeSNILS: 0.99, TypeAddress: 0.98, TypePerson: 0.96, TypeINN: 0.98,
}

// heldout32MaxLeak: target 0.005; 2.887% untuned, 1.116% tuned.
const heldout32MaxLeak = 0.012

func TestHeldout32(t *testing.T) {
	corpusCheck{file: "testdata/heldout32.jsonl", name: "thirty-second held-out corpus", minMessages: 250,
		floors: heldout32Floor, everyType: true, maxLeak: heldout32MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
