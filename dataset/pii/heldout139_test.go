package pii

import "testing"

// testdata/heldout139.jsonl is the hundred-and-thirty-ninth held-out file:
// 274 messages (136 Russian, 138 English; 58 without personal data; 548
// gold spans: PERSON 335, PHONE 50, ADDRESS 37, EMAIL 31, INN 21, CARD 17,
// PASSPORT 16, IP 15, BANK_ACCOUNT 13, OGRN 7, SNILS 6), written by hand by
// someone who saw neither the engine nor any other labelled file, while the
// engine was tuned on heldout134 to heldout137. It is the CRM of a
// notarized-translation bureau in Moscow, Minsk and Tbilisi: passports,
// diplomas, birth, marriage and death certificates, contracts and medical
// records to translate, apostilles, notaries, couriers, urgent orders,
// refunds, deletion requests; card payments and gateway logs, requisites
// of firms and sole traders, freelancers' payouts. Chats, lower-case call
// transcripts, e-mails with headers, quotes, forwards and signatures, web
// forms, CSV and pipe tables, SMS, portal logs; OCR'd Russian, Belarusian,
// Georgian, German, UK and Nigerian passports and certificates. One person
// in several spellings (Кузнецова / Kuznetsova / Kuznecova, Пономарёв /
// Ponomaryov), names in Belarusian spelling (Лукашэвіч), names in capitals,
// names inside document titles ("диплом Петровой А.В."), translators by
// first name or diminutive, names that are also words both ways (Вера,
// Надежда, Любовь, Роза, Слава, Hope, Grace, Will, Mark, Victoria, Rosa).
// Addresses in Russia, Belarus, Georgia, the UK, the US and Germany.
// Negatives: order, invoice, contract, claim, apostille, register and
// ticket numbers, tracking numbers, SWIFT refs, VINs, plates, ОМС, КПП, БИК,
// ОКПО, УНП, correspondent accounts, masked cards, IP-shaped versions, an
// internal server's IP and 127.0.0.1, wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.80 (engine
// 1.78.0, commit dd77328): IP 0.909 missed its target (an internal server's
// address and 127.0.0.1, which the writer left unlabelled, read as IPs),
// ADDRESS 0.986, PERSON 0.951, PHONE 0.990 and the other types (1.0) met
// theirs; 3.674% of PII characters leaked (307 of 8357: PERSON 272, ADDRESS
// 35; Belarusian names in Belarusian spelling, names in capitals on their
// own lines, transliteration variants, a spoken English address), against
// the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.81
// (engine 1.79.0), with heldout138's: the loopback (127.0.0.1) and 0.0.0.0
// name no device, a date with spaces is no phone ("18 03 2024"), given
// names in capitals after a document's label ("Vornamen/Given names THOMAS
// JOHANNES", "Sakheli / Name: LEVANI", "Фамилия ТИХОНОВА Имя ЛЮБОВЬ"),
// Belarusian patronymics and surnames in -віч and -ўна ("Лукашэвіч Яўген
// Аляксандравіч"). With rules-2025.81: ADDRESS 0.986, IP 0.9375 (the
// internal server's address stays an IP), PERSON 0.959, the others 1.0;
// leak 2.417% (202 of 8357: PERSON 167, ADDRESS 35).

// heldout139Floor guards the tuned level.
var heldout139Floor = map[string]float64{
	TypeBankAccount: 0.99, TypeCard: 0.99, TypeEmail: 0.99, TypeINN: 0.99, TypeIP: 0.93, TypeOGRN: 0.99,
	TypePassport: 0.99, TypePhone: 0.99, TypeSNILS: 0.99, TypeAddress: 0.98, TypePerson: 0.95,
}

// heldout139MaxLeak: target 0.005; 3.674% untuned, 2.417% tuned.
const heldout139MaxLeak = 0.025

func TestHeldout139(t *testing.T) {
	corpusCheck{file: "testdata/heldout139.jsonl", name: "hundred-and-thirty-ninth held-out corpus", minMessages: 250,
		floors: heldout139Floor, everyType: true, maxLeak: heldout139MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
