package pii

import "testing"

// testdata/heldout651.jsonl is the six-hundred-and-fifty-first held-out
// file: 280 messages (140 Russian, 140 English; 64 without personal data;
// 528 gold spans: PERSON 274, ADDRESS 74, PHONE 57, EMAIL 35, BANK_ACCOUNT
// 17, IP 17, INN 16, PASSPORT 14, CARD 9, SNILS 8, OGRN 7), written by hand
// by someone who saw neither the engine nor any other labelled file, while
// the engine was tuned on files up to heldout644. It is the CRM of a farm
// produce subscription box and dairy delivery service in Krasnodar, Rostov
// and Stavropol: weekly boxes, delivery slots, couriers, complaints, farmer
// payouts. Chats, lower-case courier call transcripts, e-mails, order forms
// with comments, CSV delivery routes, pipe tables, webhooks and logs, OCR'd
// farmer contracts with INN, OGRN, SNILS and accounts, SMS. Farms named
// after their heads ("КФХ Петренко А.В."), Cossack stanitsas and khutors as
// addresses, Armenian and Greek surnames, addresses without a street keyword
// ("Садовая 5, кв 2"), names in their cases, diminutives and capitals,
// phones and addresses said in words. Negatives: apple varieties, products
// and famous writers named like people, masked cards, versions, door and SMS
// codes, numbers with wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.215 (engine
// 1.210.0, commit 31625ed): PASSPORT 0.963 missed its target (a Greek ID
// card's number after "Greek ID"); PERSON 0.951, ADDRESS 0.924 and the other
// types (1.0) met theirs; 4.103% of PII characters leaked (381 of 9285:
// PERSON 145, PASSPORT 9, ADDRESS 227), against the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.216
// (engine 1.211.0), with those of the other files from heldout645 to
// heldout652: a khutor or a stanitsa opening an English address ("Khutor
// Nizhnepodpolny, 5 Dachnaya St") and Greek surnames in Cyrillic
// ("Иоаннидис", "Триандафилиди"). Left: a Greek ID card, a district before
// its street, streets said in words, and lower-case surnames. Tuned: PERSON
// 0.962, PASSPORT 0.963, ADDRESS 0.966; 2.746% leaked (255 of 9285).

// heldout651Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout651Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.962, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout651MaxLeak: target 0.005, missed untuned (4.103%), missed tuned (2.746%).
const heldout651MaxLeak = 0.028

func TestHeldout651(t *testing.T) {
	corpusCheck{file: "testdata/heldout651.jsonl", name: "six-hundred-and-fifty-first held-out corpus", minMessages: 250,
		floors: heldout651Floor, everyType: true, maxLeak: heldout651MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
