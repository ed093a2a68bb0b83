package pii

import "testing"

// testdata/heldout162.jsonl is the hundred-and-sixty-second held-out file:
// 280 messages (140 Russian, 140 English; 56 without personal data; 560
// gold spans: PERSON 302, ADDRESS 77, PHONE 64, EMAIL 43, IP 17, INN 13,
// PASSPORT 12, CARD 10, SNILS 8, OGRN 7, BANK_ACCOUNT 7), written by hand
// by someone who saw neither the engine nor any other labelled file, while
// the engine was tuned on heldout160 and heldout161. It is the CRM of a
// regional newspaper and news site: print and digital subscriptions with
// delivery addresses and route lists, delivery complaints, holiday stops,
// classified ads, paid obituaries, condolences and congratulations naming
// the deceased and their families, letters to the editor, corrections and
// retractions, bylines and pen names, journalists' contacts, advertisers'
// requisites, contracts, invoices and bank statements, freelancers' fee
// sheets, card payments and refunds, comment-moderation, CMS and auth logs
// with IPv4 and IPv6, police requests, right-to-be-forgotten requests.
// Chats, lower-case call transcripts, e-mails, SMS, OCR'd passports, CSV,
// pipe and semicolon tables, "SURNAME/NAME MR". Officials (the governor,
// the mayor), a pen name, every case form, diminutives labelled, titles
// outside; streets and schools named after people, sections and columns
// unlabelled; names that are also words both ways. Negatives: subscription,
// ad, order, invoice, contract, ticket and booking numbers, VINs, plates,
// КПП, БИК, ОКПО, correspondent accounts, masked cards, ОМС, sort codes,
// IP-shaped versions, wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.93 (engine
// 1.91.0, commit 76d0706): every type met its F1 target (PERSON 0.940,
// ADDRESS 0.960, IP 0.971, PHONE 0.992, the others 1.0); 3.791% of PII
// characters leaked (346 of 9126: ADDRESS 199, PERSON 140, PHONE 7: short
// UK addresses with no town, "9 Tanner's Yard", "12 Rope Walk", a named
// house, a company's name the writer put inside its address), against the
// target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.94
// (engine 1.92.0), with those of heldout163: short UK streets ("Grove",
// "Walk", "Yard", "Row", "Gardens"), a UK postcode that ends an address
// before the next field, kin and "Dear Editor" addressed, shops named after
// people. With rules-2025.94: PERSON 0.947, ADDRESS 0.994, PHONE 0.992, the
// others 1.0; leak 3.254% (297 of 9126: ADDRESS 150, PERSON 140, PHONE 7).

// heldout162Floor guards the tuned level.
var heldout162Floor = map[string]float64{
	TypeBankAccount: 0.99, TypeCard: 0.99, TypeEmail: 0.99, TypeINN: 0.99, TypeIP: 0.99, TypeOGRN: 0.99,
	TypePassport: 0.99, TypePhone: 0.99, TypeSNILS: 0.99, TypeAddress: 0.99, TypePerson: 0.94,
}

// heldout162MaxLeak: target 0.005; 3.791% untuned, 3.254% tuned.
const heldout162MaxLeak = 0.033

func TestHeldout162(t *testing.T) {
	corpusCheck{file: "testdata/heldout162.jsonl", name: "hundred-and-sixty-second held-out corpus", minMessages: 250,
		floors: heldout162Floor, everyType: true, maxLeak: heldout162MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
