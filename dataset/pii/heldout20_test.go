package pii

import "testing"

// testdata/heldout20.jsonl is the twentieth held-out file: 260 messages (130
// Russian, 130 English; 59 without personal data; 519 gold spans: PERSON
// 270, ADDRESS 56, PHONE 53, EMAIL 27, PASSPORT 21, INN 20, IP 20,
// BANK_ACCOUNT 15, CARD 13, SNILS 12, OGRN 12), written by hand by someone
// who saw neither the engine nor any other labelled file, while the engine
// was tuned on heldout18 and heldout19. It is the CRM of an insurer and its
// partner microfinance lender: ОСАГО, КАСКО, property, travel and ДМС
// claims, loan applications with passports, СНИЛС, ИНН, employers and
// income, payouts, collection calls and payment promises, complaints to the
// regulator, powers of attorney, heirs, fraud alerts with IPs and devices;
// chats, letters, e-mails with quoted history, lower-case transcripts with
// spoken numbers (a phone read out in English is gold PHONE), notices,
// requisites and lists; foreign insured persons with UK, US and German
// addresses, foreign phones and Latin-letter passports. Negatives: Вера,
// «Слава богу», «Надежда» the insurer, Hope, Joy, Grace and Victoria as
// brands, a city or words, "Will you", "Mark my words", Лада Гранта,
// «Клиника Фомина», insurers and banks (Ингосстрах, Согласие, Ренессанс,
// Альфа, Allianz, Zurich, Victoria Insurance, Тинькофф), streets named after
// people without a house number, driving licences shaped like passports
// ("в/у 77 18 441203"), policy, claim, loan, invoice, КУСП and case numbers,
// VINs, plates, notarial blanks, amounts, rates, ОКВЭД, КПП, ОКПО, БИК,
// correspondent accounts, RRNs, transaction ids, an IMEI, versions shaped
// like IPs, masked cards, and identifiers with a wrong check digit.
//
// The engine was judged on it once, untuned, with rules-2025.15 (engine
// 1.13.0, commit 9419681): BANK_ACCOUNT, CARD, EMAIL, INN, IP, OGRN and
// SNILS 1.0, ADDRESS 0.991, PHONE 0.991 and PERSON 0.982 (targets met);
// PASSPORT 0.952 (1 miss, 1 false alarm of 21) misses its target; 1.409% of
// PII characters leaked (125 of 8870: ADDRESS 71, PERSON 40, PASSPORT 9,
// PHONE 5).

// It is no longer held out: after that run its misses (with heldout21's)
// drove rules-2025.16 (engine 1.14.0); heldout22.jsonl and heldout23.jsonl
// are the untuned sets. With rules-2025.16: every identifier type but
// PASSPORT (0.977, a driving licence taken for one) 1.0, ADDRESS 0.991,
// PERSON 0.983; leak 1.308% (ADDRESS 71, PERSON 40, PHONE 5).

// heldout20Floor guards the tuned level.
var heldout20Floor = map[string]float64{
	TypeBankAccount: 0.99, TypeCard: 0.99, TypeEmail: 0.99, TypeINN: 0.99, TypeIP: 0.99, TypeOGRN: 0.99,
	TypePhone: 0.99, TypeSNILS: 0.99, TypeAddress: 0.99, TypePerson: 0.98,
	TypePassport: 0.97, // 0.9524 untuned, 0.9767 tuned
}

// heldout20MaxLeak: target 0.005; 1.409% untuned, 1.308% tuned.
const heldout20MaxLeak = 0.014

func TestHeldout20(t *testing.T) {
	corpusCheck{file: "testdata/heldout20.jsonl", name: "twentieth held-out corpus", minMessages: 250,
		floors: heldout20Floor, everyType: true, maxLeak: heldout20MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
