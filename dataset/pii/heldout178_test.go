package pii

import "testing"

// testdata/heldout178.jsonl is the hundred-and-seventy-eighth held-out
// file: 280 messages (140 Russian, 140 English; 62 without personal data;
// 499 gold spans: PERSON 244, PHONE 67, ADDRESS 60, EMAIL 33, IP 20, INN
// 18, PASSPORT 14, BANK_ACCOUNT 14, OGRN 12, CARD 11, SNILS 6), written by
// hand by someone who saw neither the engine nor any other labelled file,
// while the engine was tuned on heldout176 and heldout177. It is the CRM
// of a furniture web shop with delivery and assembly in Moscow, St
// Petersburg, Kazan, Minsk and Gomel: orders and delivery slots, lifting
// to the floor, entry codes, assemblers, damaged goods and returns,
// instalments and card payments, corporate orders with requisites and
// Belarusian УНП, complaints, deletion requests. Chats, SMS, lower-case
// call transcripts (addresses said in words), e-mails with headers,
// quotes, forwards and signatures, web forms, pipe delivery routes, CSV
// exports, an SKU table, payment, web and warehouse-scanner logs, OCR'd
// Russian and UK passports. Names in every case form, Belarusian spellings
// (Аляксандр, Святлана, Наталля) and Belarusian-language messages, a
// hyphenated surname, titles outside; furniture named after people
// («Лофт Марта», шкаф «Виктория», "Oscar", "Lauren") and names that are
// also words unlabelled; Belarusian addresses (вул., праспект, Мінск).
// Negatives: order, claim, invoice, contract and tracking numbers, SKUs,
// a VIN, a plate, ОМС, КПП, БИК, ОКПО, УНП, correspondent accounts, masked
// cards, IP-shaped versions, wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.108 (engine
// 1.106.0, commit 7e83c04): every type met its F1 target (PERSON 0.963:
// furniture named after people and Belarusian names; the others 1.0);
// 1.017% of PII characters leaked (87 of 8553: PERSON 68, ADDRESS 19),
// against the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.109
// (engine 1.107.0), with those of heldout179: furniture named after people
// in tables and after its noun, Belarusian first names and surnames in
// -скі, a marked town before a street after a name and a dash. With
// rules-2025.109: PERSON 0.973, the others 1.0; leak 0.468% (40 of 8553:
// PERSON 31, ADDRESS 9).

// heldout178Floor guards the tuned level.
var heldout178Floor = map[string]float64{
	TypeBankAccount: 0.99, TypeCard: 0.99, TypeEmail: 0.99, TypeINN: 0.99, TypeIP: 0.99, TypeOGRN: 0.99,
	TypePassport: 0.99, TypePhone: 0.99, TypeSNILS: 0.99, TypeAddress: 0.99, TypePerson: 0.97,
}

// heldout178MaxLeak: target 0.005; 1.017% untuned, 0.468% tuned.
const heldout178MaxLeak = 0.005

func TestHeldout178(t *testing.T) {
	corpusCheck{file: "testdata/heldout178.jsonl", name: "hundred-and-seventy-eighth held-out corpus", minMessages: 250,
		floors: heldout178Floor, everyType: true, maxLeak: heldout178MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
