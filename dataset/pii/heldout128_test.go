package pii

import "testing"

// testdata/heldout128.jsonl is the hundred-and-twenty-eighth held-out file:
// 280 messages (140 Russian, 140 English; 63 without personal data; 484
// gold spans: PERSON 217, ADDRESS 62, PHONE 56, EMAIL 35, INN 27, IP 22,
// CARD 19, PASSPORT 16, BANK_ACCOUNT 14, OGRN 10, SNILS 6), written by hand
// by someone who saw neither the engine nor any other labelled file, while
// the engine was tuned on heldout124 to heldout127. It is the CRM of a
// food delivery service in Moscow, Kazan and Tbilisi (restaurants, dark
// kitchens, couriers): late, wrong or cold orders, refunds, double
// charges, promo codes, allergy incidents, couriers' applications and
// payouts, restaurants' onboarding and requisites, fraud and account
// takeovers, access and deletion requests. Chats, lower-case call
// transcripts, e-mails with headers, quotes, forwards and signatures,
// forms, pipe and CSV tables, OCR'd receipts and passport scans, payment,
// app, API and GPS logs, SMS and push templates. Full names, surnames with
// initials, case forms, diminutives, lower-case names, capitals from
// scans, Georgian, Uzbek, Tajik, Kyrgyz and Tatar names in both alphabets;
// names that are also words both ways (Вера, Роза, Слава, Роман, Лев,
// Will, Mark, Grace, Hope, Rose, Victoria, Vera as a district and a café);
// restaurants and dishes named after people («Хинкальная у Гоги»,
// «Пельменная Ивановых», Papa John's, Caesar salad, Uncle Vanya). Russian,
// Tatarstan, Tbilisi, UK and US addresses, three spoken. Negatives: order,
// ticket, invoice, claim, contract, transaction and patent numbers, GPS
// coordinates, IP-shaped versions, КПП, БИК, ОКПО, correspondent accounts,
// ОМС, KKT and FN numbers, VINs, plates, masked cards, numbers with a wrong
// check digit.
//
// The engine was judged on it once, untuned, with rules-2025.76 (engine
// 1.74.0, commit 0634017): ADDRESS 0.959, PERSON 0.938, PHONE 0.991 and the
// others 1.0 (targets met) but PASSPORT 0.970 (0.9697: a foreign worker's
// patent number read as a passport); 2.787% of PII characters leaked (216
// of 7750: ADDRESS 134, PERSON 82; spoken and keyword-less addresses,
// lower-case names that are also words, restaurants named after people),
// against the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.77
// (engine 1.75.0) and rules-2025.78 (engine 1.76.0), with the misses of
// heldout129–133: eateries named after their owners («Хинкальная у Гоги»,
// «Пельменная Ивановых»), an order column beside a phone column, a foreign
// worker's patent, the weather ("на улице минус 20"), "Vera Café", "Papa
// John's", names that are also words greeting or introduced with a
// workplace ("вера привет", "это лев с кухни"). With rules-2025.77 and
// rules-2025.78 (an id after a name is not Idaho's ZIP: "Каримова Дилноза,
// ID 52210"): ADDRESS 0.967, PERSON 0.972, the others 1.0; leak 2.194% (170
// of 7750: ADDRESS 134, PERSON 36).

// heldout128Floor guards the tuned level.
var heldout128Floor = map[string]float64{
	TypeBankAccount: 0.99, TypeCard: 0.99, TypeEmail: 0.99, TypeINN: 0.99, TypeIP: 0.99, TypeOGRN: 0.99,
	TypePassport: 0.99, TypePhone: 0.99, TypeSNILS: 0.99, TypeAddress: 0.96, TypePerson: 0.97,
}

// heldout128MaxLeak: target 0.005; 2.787% untuned, 2.194% tuned.
const heldout128MaxLeak = 0.022

func TestHeldout128(t *testing.T) {
	corpusCheck{file: "testdata/heldout128.jsonl", name: "hundred-and-twenty-eighth held-out corpus", minMessages: 250,
		floors: heldout128Floor, everyType: true, maxLeak: heldout128MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
