package pii

import "testing"

// testdata/heldout38.jsonl is the thirty-eighth held-out file: 268 messages
// (134 Russian, 134 English; 61 without personal data; 550 gold spans:
// PERSON 273, PHONE 57, EMAIL 46, ADDRESS 44, INN 26, IP 22, PASSPORT 20,
// BANK_ACCOUNT 19, CARD 15, SNILS 14, OGRN 14), written by hand by someone
// who saw neither the engine nor any other labelled file, while the engine
// was tuned on heldout36 and heldout37. It is the CRM of a publishing house
// with a chain of bookstores: authors' royalty contracts, translators,
// illustrators, book tours and signings, pre-orders and deliveries, loyalty
// members, returns, printing-house suppliers, requisites of self-employed
// authors, sole traders and firms. Chats, letters, e-mails with signatures
// and quoted history, CRM exports and lists, system and security logs,
// lower-case call transcripts (phones and an address spoken). Names in
// every case, diminutives (Ириша, Светик, сань), lower case, Latin
// spellings of Russian names, "SURNAME/NAME MRS", initials before the
// surname; titles outside; corrected typos ("not X but Y", both labelled).
// Phones in many national forms (8-800 and 0800 too), IPv4 and IPv6, UK,
// US, EU and Russian addresses. Negatives: Вера в успех, Слава богу,
// Надежда у нас одна, Лада Веста, «Роза ветров», «Мастер и Маргарита», Mark
// my words, Will you, Victoria and Florence the places, Amber, Chase,
// HarperCollins, April, Jordan; order, ticket, invoice and contract numbers,
// tracking numbers, ISBNs, SKUs, amounts, dates, plates, booking codes, КПП,
// БИК, ОКПО, correspondent accounts, an ОМС policy, masked cards, versions
// shaped like IPs, a cut-off phone, and INN, SNILS, OGRN and card numbers
// with a wrong check digit.
//
// The engine was judged on it once, untuned, with rules-2025.24 (engine
// 1.22.0, commit 1d9a3e5): BANK_ACCOUNT, CARD, EMAIL, INN, IP, OGRN, PHONE
// and SNILS 1.0, ADDRESS 0.989, PASSPORT 0.974 and PERSON 0.962 (every
// target met); 1.415% of PII characters leaked (128 of 9048: PERSON 68,
// ADDRESS 44, PASSPORT 16), against the target of 0.5%.

// It is no longer held out: after that run its misses (with heldout39's)
// drove rules-2025.25 (engine 1.23.0). With rules-2025.25: PERSON 0.976,
// every other type 1.0; leak 0.685% (PERSON 45, ADDRESS 11, PASSPORT 6).

// heldout38Floor guards the tuned level.
var heldout38Floor = map[string]float64{
	TypeBankAccount: 0.99, TypeCard: 0.99, TypeEmail: 0.99, TypeINN: 0.99, TypeIP: 0.99, TypeOGRN: 0.99,
	TypePassport: 0.99, TypePhone: 0.99, TypeSNILS: 0.99, TypeAddress: 0.99, TypePerson: 0.97,
}

// heldout38MaxLeak: target 0.005; 1.415% untuned, 0.685% tuned.
const heldout38MaxLeak = 0.007

func TestHeldout38(t *testing.T) {
	corpusCheck{file: "testdata/heldout38.jsonl", name: "thirty-eighth held-out corpus", minMessages: 250,
		floors: heldout38Floor, everyType: true, maxLeak: heldout38MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
