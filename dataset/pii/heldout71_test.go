package pii

import "testing"

// testdata/heldout71.jsonl is the seventy-first held-out file: 270
// messages (137 Russian, 133 English; 62 without personal data; 590 gold
// spans: PERSON 280, EMAIL 87, PHONE 65, IP 38, ADDRESS 27, CARD 23, INN
// 19, BANK_ACCOUNT 15, OGRN 12, PASSPORT 12, SNILS 12), written by hand by
// someone who saw neither the engine nor any other labelled file, while
// the engine was tuned on heldout68 and heldout69. It is the subscriber
// support of an online video streaming service: subscriptions and family
// plans, double charges, failed payments and refunds, hacked and shared
// accounts, device logins, promo codes from partner banks and telecoms,
// content complaints, corporate gift subscriptions. Chats, lower-case
// call transcripts, claims and letters, e-mails with headers, quoted
// history and signatures, security notices, fraud reports, shift
// handovers, requisites (also in English translation), employee lists.
// Names in every case and form, titles (Mr., Mrs., Ms., Dr., Princess)
// outside, cardholders in capitals, names inside device and profile names
// ("Гостиная Саши", "Jake's iPhone"), Hope and Will as names, actors and
// historical figures in complaints. Negatives: film titles («Мастер и
// Маргарита», "Amber", "Ted Lasso"), brands, firms named after people
// ("Harlow & Finch Ltd."), "Will you", "Mark my words", "Frank feedback",
// "Слава богу", "Вера в…", Victoria the city, "Rose Gold"; ticket, order,
// invoice, claim and contract numbers, transaction ids, promo and gift
// codes, versions shaped like IPs, masked cards, tracking numbers, SKUs,
// VINs, plates, ОМС, a power of attorney's number, a department code, an
// SMS code, and INN, SNILS and card numbers with a wrong check digit.
//
// The engine was judged on it once, untuned, with rules-2025.41 (engine
// 1.39.0, commit a149485): every identifier type but PHONE 1.0, PHONE
// 0.992, ADDRESS 0.982, PERSON 0.966: every F1 target met; 0.600% of PII
// characters leaked (58 of 9667: PERSON 50, PHONE 8), against the target
// of 0.5%.
//
// It is no longer held out: after that run its misses (with heldout70's)
// drove rules-2025.42 (engine 1.40.0). With rules-2025.42: every type 1.0
// but PHONE 0.992 (a local US number, "555-0134") and PERSON 0.977 (the
// service's own name, "Dear Streamly", taken for a person five times; Ben
// & Jerry's, Rose Gold, May the month; Jake in a device's name missed);
// leak 0.352% (34 of 9667: PERSON 26, PHONE 8).

// heldout71Floor guards the tuned level.
var heldout71Floor = map[string]float64{
	TypeAddress: 0.99, TypeBankAccount: 0.99, TypeCard: 0.99, TypeEmail: 0.99, TypeINN: 0.99, TypeIP: 0.99,
	TypeOGRN: 0.99, TypePassport: 0.99, TypeSNILS: 0.99, TypePhone: 0.99, TypePerson: 0.97,
}

// heldout71MaxLeak: target 0.005; 0.600% untuned, 0.352% tuned.
const heldout71MaxLeak = 0.004

func TestHeldout71(t *testing.T) {
	corpusCheck{file: "testdata/heldout71.jsonl", name: "seventy-first held-out corpus", minMessages: 250,
		floors: heldout71Floor, everyType: true, maxLeak: heldout71MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
