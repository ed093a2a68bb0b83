package pii

import "testing"

// testdata/heldout29.jsonl is the twenty-ninth held-out file: 260 messages
// (130 Russian, 130 English; 54 without personal data; 566 gold spans:
// PERSON 313, PHONE 48, ADDRESS 42, EMAIL 38, INN 24, IP 20, PASSPORT 18,
// CARD 18, BANK_ACCOUNT 17, OGRN 14, SNILS 14), written by hand by someone
// who saw neither the engine nor any other labelled file, while the engine
// was tuned on heldout26 and heldout27. It is the CRM of a network of
// veterinary clinics (owners, appointments and reminders, lab results, pet
// insurance policies and claims, home visits, stock and staff notes) and of
// an online language school (students, parents paying for children, tutors
// paid as self-employed or sole traders, invoices, refunds, tax-deduction
// papers, certificates). Short chats, letters, e-mails with signatures and
// quoted history, lower-case call and lesson transcripts, system and
// security notices, requisites, lists. Names in every case, initials,
// diminutives, lower case, Latin spellings, capitals as in a passport,
// families in the plural (the Andersons), signatures; titles and kin words
// (тётя) outside. Pets are no persons, even with human names (a cat
// Тимофей, a dog Вера, Max, Charlie). Internal and server IPs are labelled.
// Phones from Russia (8-800 too), the UK, the US, Ireland, Cyprus and
// Canada; Russian addresses in every usual layout (one spoken in words),
// transliterated ones, UK, US, Irish and Canadian postcodes. Negatives: pet
// names, idioms, a car model, Will you, Mark my words, grace period, bill,
// Victoria the city, a room named Rose, food brands, a marshal's name in a
// street, order, invoice, contract, claim, ticket and policy numbers,
// tracking numbers, SKUs, microchip numbers, VINs, a plate, ОМС, КПП, БИК,
// ОКПО, correspondent accounts, UK sort codes, versions shaped like IPs,
// masked cards and accounts, and identifiers with a wrong check digit.
//
// The engine was judged on it once, untuned, with rules-2025.19 (engine
// 1.17.0, commit 2999a39): BANK_ACCOUNT, CARD, EMAIL, INN, OGRN, PASSPORT
// and SNILS 1.0, PHONE 0.990, ADDRESS 0.988, IP 0.974 and PERSON 0.962
// (every target met); 1.118% of PII characters leaked (101 of 9038: ADDRESS
// 59, PERSON 32, IP 10), against the target of 0.5%.

// It is no longer held out: after that run its misses (with heldout28's)
// drove rules-2025.20 (engine 1.18.0). With rules-2025.20: PERSON 0.981,
// PHONE 0.990 (an 11-digit value in an ИНН field read as a Kazakh mobile),
// every other type 1.0; leak 0.210% (PERSON 19: О'Нил, lower-case names
// without a cue).

// heldout29Floor guards the tuned level.
var heldout29Floor = map[string]float64{
	TypeBankAccount: 0.99, TypeCard: 0.99, TypeEmail: 0.99, TypeINN: 0.99, TypeIP: 0.99, TypeOGRN: 0.99,
	TypePassport: 0.99, TypePhone: 0.98, TypeSNILS: 0.99, TypeAddress: 0.99, TypePerson: 0.98,
}

// heldout29MaxLeak: target 0.005; 1.118% untuned, 0.210% tuned.
const heldout29MaxLeak = 0.003

func TestHeldout29(t *testing.T) {
	corpusCheck{file: "testdata/heldout29.jsonl", name: "twenty-ninth held-out corpus", minMessages: 250,
		floors: heldout29Floor, everyType: true, maxLeak: heldout29MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
