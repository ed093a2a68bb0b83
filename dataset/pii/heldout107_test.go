package pii

import "testing"

// testdata/heldout107.jsonl is the hundred-and-seventh held-out file: 281
// messages (140 Russian, 141 English; 61 without personal data; 563 gold
// spans: PERSON 340, PHONE 53, EMAIL 41, ADDRESS 38, PASSPORT 32, INN 13,
// IP 13, CARD 12, BANK_ACCOUNT 10, OGRN 6, SNILS 5), written by hand by
// someone who saw neither the engine nor any other labelled file, while the
// engine was tuned on heldout104 and heldout105. It is the CRM of a
// university's admissions and international office in Kazan and Tomsk:
// applications and competition lists, olympiad results, enrolment and
// expulsion orders, document checks, dormitories, tuition contracts and
// payments, refunds, scholarships, agents' requisites, complaints,
// deletion requests. Chats, lower-case call and voice-note transcripts,
// e-mails with headers, quotes, forwards and signatures, orders listing
// students, CSV and pipe tables, OCR'd passports and forms, portal and
// payment logs, a SWIFT MT103 extract. Chinese names in pinyin and
// Cyrillic, Vietnamese, Indian, Egyptian, Nigerian (Olúwaseun, Chidinma),
// Turkmen and Uzbek names, in capitals and lower case; Russian names in
// every case form and diminutive; names that are also words both ways
// (Надежда, Роза, Joy, Blessing, Precious, Favour, Patience, Hope).
// Dormitory addresses with комн., addresses in India, Nigeria, Vietnam and
// China. Negatives: contracts, invoices, applications, visa and
// migration-card numbers, certificates and diplomas, ОМС, КПП, БИК, ОКПО,
// correspondent accounts, masked cards, IP-shaped versions, flights,
// plates, numbers with a wrong check digit.
//
// The engine was judged on it once, untuned, with rules-2025.63 (engine
// 1.61.0, commit cb5ad99): PERSON 0.941, ADDRESS 0.944, CARD, EMAIL, INN,
// IP, OGRN, PHONE and SNILS 1.0 (targets met); PASSPORT 0.933 (four
// letter-and-digit numbers in a table) and BANK_ACCOUNT 0.947 (a 40503
// account) miss their targets; 6.534% of PII characters leaked (589 of
// 9015: PERSON 314, ADDRESS 215, PASSPORT 40, BANK_ACCOUNT 20: mostly
// Nigerian and Turkmen names in Cyrillic, Vietnamese names split in two,
// addresses in India and China), against the target of 0.5%.
//
// It is no longer held out: after that run its misses (with heldout106's)
// drove rules-2025.64 (engine 1.62.0): a table's header under a title line
// with digits ("pipe export | hostel 3 | arrivals 30.08"), the account in
// a SWIFT message's field (":59:/40503810662024000002"), a name that
// spells an e-mail's local part ("Patience Ibekwe"). With rules-2025.64:
// BANK_ACCOUNT and PASSPORT 1.0, PERSON 0.943, the other types as before;
// leak 5.768% (520 of 9015: PERSON 299, ADDRESS 215, PASSPORT 6).

// heldout107Floor guards the tuned level.
var heldout107Floor = map[string]float64{
	TypeBankAccount: 0.99, TypeCard: 0.99, TypeEmail: 0.99, TypeINN: 0.99, TypeIP: 0.99, TypeOGRN: 0.99,
	TypePassport: 0.99, TypePhone: 0.99, TypeSNILS: 0.99, TypeAddress: 0.94, TypePerson: 0.94,
}

// heldout107MaxLeak: target 0.005; 6.534% untuned, 5.768% tuned.
const heldout107MaxLeak = 0.058

func TestHeldout107(t *testing.T) {
	corpusCheck{file: "testdata/heldout107.jsonl", name: "hundred-and-seventh held-out corpus", minMessages: 250,
		floors: heldout107Floor, everyType: true, maxLeak: heldout107MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
