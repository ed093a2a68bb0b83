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
// 1.78.0, commit dd77328): IP 0.909 missed its target (an internal
// server's address and 127.0.0.1, which the writer left unlabelled, read
// as IPs), ADDRESS 0.986, PERSON 0.951, PHONE 0.990 and the other types
// (1.0) met theirs; 3.674% of PII characters leaked (307 of 8357: PERSON
// 272, ADDRESS 35; Belarusian names in Belarusian spelling, names in
// capitals on their own lines, transliteration variants, a spoken English
// address), against the target of 0.5%. It has not been tuned on: these
// are held-out figures.

// heldout139Floor holds the untuned figures: the targets where met, the measured level where not.
var heldout139Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.9, TypeOGRN: 0.97,
	TypePassport: 0.97, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout139MaxLeak: target 0.005, missed (3.674%).
const heldout139MaxLeak = 0.037

func TestHeldout139(t *testing.T) {
	corpusCheck{file: "testdata/heldout139.jsonl", name: "hundred-and-thirty-ninth held-out corpus", minMessages: 250,
		floors: heldout139Floor, everyType: true, maxLeak: heldout139MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
