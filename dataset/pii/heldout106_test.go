package pii

import "testing"

// testdata/heldout106.jsonl is the hundred-and-sixth held-out file: 277
// messages (139 Russian, 138 English; 59 without personal data; 564 gold
// spans: PERSON 298, PHONE 67, ADDRESS 53, EMAIL 43, PASSPORT 23, INN 20,
// BANK_ACCOUNT 17, IP 15, CARD 12, SNILS 8, OGRN 8), written by hand by
// someone who saw neither the engine nor any other labelled file, while the
// engine was tuned on heldout104 and heldout105. It is the CRM of an
// insurance broker with a call centre in Moscow, Samara, Tyumen and
// Vladivostok: ОСАГО and КАСКО quotes and renewals, property and mortgage
// life insurance with bank beneficiaries, travel insurance and medical
// assistance abroad, claims and payouts, cancellations, agents' commission
// statements (самозанятые, ИП), complaints to the Bank of Russia, deletion
// requests. Chats and bot dialogues, lower-case call transcripts, e-mails
// with headers, quotes, forwards and signatures, forms, tables, OCR'd
// passports and accident statements, telephony, payment, web and audit
// logs, JSON. Russian names in every case form and vocative, Korean and
// Chinese names in both alphabets, drivers, passengers, heirs and
// beneficiaries, airline-style names, names that are also words (Вера,
// Любовь, Надежда, Faith, Hope, Rich, Will, Mark). Addresses full,
// rural, English-language, transliterated, and accident places:
// crossroads ("ул. Щербакова и ул. Ленина") and highway kilometres ("М-5
// «Урал», 1042-й км"). Negatives: policy, claim, ticket, invoice and
// contract numbers, VINs, plates, ОМС, КПП, БИК, ОКПО, correspondent
// accounts, masked cards, an IP-shaped version, numbers with a wrong
// check digit.
//
// The engine was judged on it once, untuned, with rules-2025.63 (engine
// 1.61.0, commit cb5ad99): PERSON 0.966, BANK_ACCOUNT, CARD, EMAIL, INN,
// IP, OGRN, PHONE and SNILS 1.0 (targets met); ADDRESS 0.884 (11 missed:
// crossroads and highway kilometres, a flat in a UK layout) and PASSPORT
// 0.930 (three letter-and-digit numbers in a list of travellers) miss
// their targets; 5.120% of PII characters leaked (463 of 9043: ADDRESS
// 335, PERSON 101, PASSPORT 27), against the target of 0.5%.
//
// It is no longer held out: after that run its misses (with heldout107's)
// drove rules-2025.64 (engine 1.62.0): a passenger list's header
// ("Passenger list …:") announces passports; a capitalized name that
// spells an e-mail's local part in the same text ("Rich Alvarez",
// rich.alvarez@…). With rules-2025.64: PASSPORT 0.978, PERSON 0.968,
// ADDRESS unchanged at 0.884; leak 4.788% (433 of 9043: ADDRESS 335,
// PERSON 89, PASSPORT 9). Its writer labelled crossroads and highway
// kilometres as addresses, which the brief's "street and house" does not
// cover and other writers left unlabelled ("трассе М-4, 714 км" in
// heldout63); a rule for them was tried and dropped for that reason.

// heldout106Floor guards the tuned level.
var heldout106Floor = map[string]float64{
	TypeBankAccount: 0.99, TypeCard: 0.99, TypeEmail: 0.99, TypeINN: 0.99, TypeIP: 0.99, TypeOGRN: 0.99,
	TypePassport: 0.97, TypePhone: 0.99, TypeSNILS: 0.99, TypeAddress: 0.88, TypePerson: 0.96,
}

// heldout106MaxLeak: target 0.005; 5.120% untuned, 4.788% tuned.
const heldout106MaxLeak = 0.048

func TestHeldout106(t *testing.T) {
	corpusCheck{file: "testdata/heldout106.jsonl", name: "hundred-and-sixth held-out corpus", minMessages: 250,
		floors: heldout106Floor, everyType: true, maxLeak: heldout106MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
