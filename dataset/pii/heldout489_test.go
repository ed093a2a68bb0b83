package pii

import "testing"

// testdata/heldout489.jsonl is the four-hundred-and-eighty-ninth held-out
// file: 280 messages (140 Russian, 140 English; 62 without personal data;
// 512 gold spans: PERSON 271, ADDRESS 75, PHONE 57, EMAIL 36, IP 17, INN 12,
// PASSPORT 12, CARD 10, BANK_ACCOUNT 9, OGRN 7, SNILS 6), written by hand by
// someone who saw neither the engine nor any other labelled file, while the
// engine was tuned on files up to heldout488. It is the CRM of a water
// delivery and cooler rental company in Novosibirsk, Tomsk and Barnaul:
// subscriptions, bottle deposits, couriers' routes, cooler sanitation,
// payments by card and invoice, complaints about late deliveries, returns of
// empty bottles. Short lower-case chats with typos, lower-case call
// transcripts with an address, entrance, floor and intercom and a phone read
// out, e-mails from offices with quotes, web order forms, CSV route sheets,
// pipe tables of couriers' payouts, app logs, OCR'd rental contracts, SMS.
// Water brands named like people and firms named after surnames (negative),
// couriers by first name, Tomsk and Barnaul addresses, customers in the
// genitive. Negatives: bottle counts and deposits, intercom codes, numbers
// with wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.195 (engine
// 1.190.0, commit ff0dd04): PASSPORT 0.957 missed its target (a Russian
// passport written 4 and 5 digits); PERSON 0.955, PHONE 0.982, ADDRESS 0.973
// and the other types (1.0) met theirs; 2.804% of PII characters leaked (227
// of 8097: PERSON 66, PHONE 21, PASSPORT 10, ADDRESS 130), against the
// target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.196
// (engine 1.191.0), with those of the other files from heldout489 to
// heldout508: a brand of water named like a person (a log's
// brand="Алёнушка", "3 бутыли Алёнушки", "Alyonushka water"), streets towns
// name most often before a house with no keyword ("Гоголя 15", "Sovetskaya
// 18"), a later name inside a firm's quotes (ООО «Иванов, Сидоров и Ко») and
// words closing a signature ("Customer Quality", "Диадок"). Left: the brand
// after other words, a phone of seven digits in dashes, a signature's
// surname after blanks, lower-case surnames, and an address cut short before
// its shopping centre. Tuned: PERSON 0.969, PHONE 0.982, PASSPORT 0.957,
// ADDRESS 0.973; 2.396% leaked (194 of 8097).

// heldout489Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout489Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.956, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout489MaxLeak: target 0.005, missed untuned (2.804%), missed tuned (2.396%).
const heldout489MaxLeak = 0.024

func TestHeldout489(t *testing.T) {
	corpusCheck{file: "testdata/heldout489.jsonl", name: "four-hundred-and-eighty-ninth held-out corpus", minMessages: 250,
		floors: heldout489Floor, everyType: true, maxLeak: heldout489MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
