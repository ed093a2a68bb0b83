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
// addresses in India and China), against the target of 0.5%. It has not
// been tuned on: these are held-out figures.

// heldout107Floor holds the untuned figures: the target where it
// was met, the measured value where it was not.
var heldout107Floor = map[string]float64{
	TypeBankAccount: 0.94, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.93, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout107MaxLeak: target 0.005, missed (6.534%).
const heldout107MaxLeak = 0.066

func TestHeldout107(t *testing.T) {
	corpusCheck{file: "testdata/heldout107.jsonl", name: "hundred-and-seventh held-out corpus", minMessages: 250,
		floors: heldout107Floor, everyType: true, maxLeak: heldout107MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
