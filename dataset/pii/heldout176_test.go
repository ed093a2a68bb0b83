package pii

import "testing"

// testdata/heldout176.jsonl is the hundred-and-seventy-sixth held-out
// file: 278 messages (140 Russian, 138 English; 60 without personal data;
// 494 gold spans: PERSON 236, PHONE 59, ADDRESS 32, EMAIL 26, INN 23,
// PASSPORT 20, BANK_ACCOUNT 20, IP 19, CARD 14, OGRN 12, SNILS 8), written
// by hand by someone who saw neither the engine nor any other labelled
// file, while the engine was tuned on heldout174 and heldout175. It is the
// CRM of a Russian online bank's chat and phone support for individuals
// and small businesses: card blocks and reissues, SBP transfers to the
// wrong person, chargebacks and disputes, loans, deposits, statements,
// fraud and phishing reports, salary projects, account opening, 115-FZ
// blocks, acquiring, requisites, complaints, deletion requests. Chats,
// lower-case call transcripts (numbers said in words), e-mails with
// headers, quotes, forwards and signatures, forms, CSV and pipe tables of
// transactions, OCR'd Russian and foreign passports, security and login
// logs, SMS and push notifications, agents' notes. Masked recipients
// ("Иван Петрович И.", "Anna K."), every case form, diminutives, initials,
// titles outside; merchants and banks named after people («У Палыча»,
// "Marina's Bakery", Тинькофф) and names that are also words unlabelled.
// Negatives: ticket, claim, contract, invoice, RRN, ARN and SBP ids,
// tracking numbers, a VIN, a plate, ОМС, КПП, БИК, ОКПО, correspondent
// accounts, IP-shaped versions, masked cards and phones, numbers one digit
// off their labelled twins.
//
// The engine was judged on it once, untuned, with rules-2025.107 (engine
// 1.105.0, commit 5e54c45): CARD 0.963 (a Mir card after "recurring
// payment" with the word card earlier in the sentence) missed its target,
// ADDRESS 0.968, PERSON 0.953, IP 0.973, PASSPORT 0.974 and the other
// types (1.0) met theirs; 2.680% of PII characters leaked (211 of 7872:
// PERSON 90, ADDRESS 75, PASSPORT 18, CARD 16, IP 12), against the target
// of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.108
// (engine 1.106.0), with those of heldout177: a 16-digit card in a
// sentence that names a card whatever the nearest word, "Gory" as a
// street's word ("Leninskie Gory 1, Moscow"). With rules-2025.108: ADDRESS
// 0.984, CARD 1.0, PERSON 0.955, IP 0.973, PASSPORT 0.974, the others 1.0;
// leak 2.261% (178 of 7872: PERSON 90, ADDRESS 58, PASSPORT 18, IP 12).

// heldout176Floor guards the tuned level.
var heldout176Floor = map[string]float64{
	TypeBankAccount: 0.99, TypeCard: 0.99, TypeEmail: 0.99, TypeINN: 0.99, TypeIP: 0.97, TypeOGRN: 0.99,
	TypePassport: 0.97, TypePhone: 0.99, TypeSNILS: 0.99, TypeAddress: 0.98, TypePerson: 0.95,
}

// heldout176MaxLeak: target 0.005; 2.680% untuned, 2.261% tuned.
const heldout176MaxLeak = 0.023

func TestHeldout176(t *testing.T) {
	corpusCheck{file: "testdata/heldout176.jsonl", name: "hundred-and-seventy-sixth held-out corpus", minMessages: 250,
		floors: heldout176Floor, everyType: true, maxLeak: heldout176MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
