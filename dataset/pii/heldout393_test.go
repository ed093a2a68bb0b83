package pii

import "testing"

// testdata/heldout393.jsonl is the three-hundred-and-ninety-third held-out
// file: 280 messages (140 Russian, 140 English; 60 without personal data;
// 408 gold spans: PERSON 232, PHONE 48, CARD 21, EMAIL 21, ADDRESS 20, IP
// 20, BANK_ACCOUNT 13, PASSPORT 12, INN 11, SNILS 5, OGRN 5), written by
// hand by someone who saw neither the engine nor any other labelled file,
// while the engine was tuned on files up to heldout391. It is the CRM of a
// bank's card-fraud and card-blocking hotline in Moscow, Kazan,
// Novosibirsk and Minsk: suspicious transactions, blocks and reissues,
// chargebacks, refunds, SMS and push alerts, fake "bank" and "police"
// callers, police requests, customers abroad. Chats, lower-case call
// transcripts, e-mails with headers, quotes and signatures, dispute forms,
// CSV and pipe transaction tables, anti-fraud and login logs, SMS alerts,
// OCR'd passports. Fraudsters' fake names, customers reading a wrong card
// number before the right one, every case form. Negatives: masked cards
// beside full ones, merchants and brands named after people (Pizza Mario,
// Ашан, Tim Hortons, Дядя Ваня, Chase Bank), RRNs, ARNs, terminal numbers,
// the Mir card, КПП, БИК, wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.172 (engine
// 1.167.0, commit c9a123f): every F1 target met (PERSON 0.976, the other
// types 1.0) and the leak target met too: 0.280% of PII characters leaked
// (17 of 6076, all PERSON).
//
// It is no longer held out: after that run its misses drove rules-2025.173
// (engine 1.168.0), with those of the other files from heldout392 to
// heldout395: a coffee chain named after a person (Tim Hortons). Tuned:
// PERSON 0.981; 0.280% leaked (17 of 6076).

// heldout393Floor holds the tuned figures: the targets, all met.
var heldout393Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.97, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout393MaxLeak: target 0.005, met untuned (0.280%), met tuned (0.280%).
const heldout393MaxLeak = 0.003

func TestHeldout393(t *testing.T) {
	corpusCheck{file: "testdata/heldout393.jsonl", name: "three-hundred-and-ninety-third held-out corpus", minMessages: 250,
		floors: heldout393Floor, everyType: true, maxLeak: heldout393MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
