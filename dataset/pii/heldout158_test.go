package pii

import "testing"

// testdata/heldout158.jsonl is the hundred-and-fifty-eighth held-out file:
// 275 messages (138 Russian, 137 English; 61 without personal data; 624
// gold spans: PERSON 380, PHONE 69, ADDRESS 44, EMAIL 41, PASSPORT 25, IP
// 20, INN 13, CARD 10, BANK_ACCOUNT 8, SNILS 6, OGRN 4), written by hand by
// someone who saw neither the engine nor any other labelled file, while the
// engine was tuned on heldout154 to heldout157. It is the CRM of a private
// kindergarten network with a nanny and babysitting agency, in Moscow and
// the UK: enrolment forms, authorised-pickup lists, allergy and medical
// notes, monthly fees, tax-deduction certificates, nannies' profiles,
// background checks and contracts, sitter bookings, complaints, deletion
// requests. Chats, SMS, lower-case call transcripts, e-mails with headers,
// quotes, forwards and signatures, forms, CSV, semicolon and pipe tables,
// OCR'd passports and birth certificates, parents' app and CCTV access logs
// with IPv4 and IPv6. Children by diminutive (Тёма, Лизонька), "мама Сони",
// teachers by first name and patronymic, every case form, initials,
// cardholders in capitals, families ("the Brennans", "Семья Корнеевых")
// labelled, titles outside; groups named after animals and fairy-tale
// characters («Чебурашка», "Bunnies") unlabelled; names that are also words
// both ways. Negatives: contract, invoice, booking, claim and tracking
// numbers, birth-certificate numbers, ОМС, КПП, БИК, ОКПО, correspondent
// accounts, sort codes, plates, VINs, IP-shaped versions, masked cards,
// wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.90 (engine
// 1.88.0, commit 5c56428): every type met its F1 target (PERSON 0.971,
// ADDRESS 0.989, the others 1.0); 1.378% of PII characters leaked (120 of
// 8709: PERSON 93, ADDRESS 27), against the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.91
// (engine 1.89.0), with those of heldout159: a name that is also a word
// before whose kin it is ("Роман, папа Лёши"), a kindergarten and its groups
// named like people («Мишутки», детский сад Лукоморье), a transliterated
// street after "from" ("from Bolshaya Dmitrovka 9"). With rules-2025.91:
// PERSON 0.975, the others 1.0; leak 1.091% (95 of 8709: PERSON 88,
// ADDRESS 7).

// heldout158Floor guards the tuned level.
var heldout158Floor = map[string]float64{
	TypeBankAccount: 0.99, TypeCard: 0.99, TypeEmail: 0.99, TypeINN: 0.99, TypeIP: 0.99, TypeOGRN: 0.99,
	TypePassport: 0.99, TypePhone: 0.99, TypeSNILS: 0.99, TypeAddress: 0.99, TypePerson: 0.97,
}

// heldout158MaxLeak: target 0.005; 1.378% untuned, 1.091% tuned.
const heldout158MaxLeak = 0.011

func TestHeldout158(t *testing.T) {
	corpusCheck{file: "testdata/heldout158.jsonl", name: "hundred-and-fifty-eighth held-out corpus", minMessages: 250,
		floors: heldout158Floor, everyType: true, maxLeak: heldout158MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
