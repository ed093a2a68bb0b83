package pii

import "testing"

// testdata/heldout212.jsonl is the two-hundred-and-twelfth held-out file:
// 282 messages (141 Russian, 141 English; 61 without personal data; 567
// gold spans: PERSON 301, PHONE 65, ADDRESS 54, EMAIL 44, PASSPORT 23, IP
// 19, INN 18, BANK_ACCOUNT 16, CARD 11, SNILS 8, OGRN 8), written by hand
// by someone who saw neither the engine nor any other labelled file, while
// the engine was tuned on heldout208 to heldout211.
// It is the CRM of a builder of houses and cottages in the Moscow and
// Leningrad regions and Tatarstan with a mortgage, escrow and land desk:
// contracts, estimates, acts, deliveries, warranty claims, complaints,
// deletion requests, suppliers' and sole traders' requisites,
// subcontractor crews with foreign passports and patents. Site chats
// without punctuation, lower-case call transcripts, e-mails with headers,
// quotes, forwards and signatures, web forms, SMS, English from foreign
// clients and an architect abroad; CSV and pipe tables of crews and
// payments, OCR'd passports, a power of attorney, bank statements,
// acquiring, portal and SMS logs. Nicknames and diminutives (Михалыч,
// Саня), surnames alone in crew lists, every case form, lower-case names,
// "SURNAME/NAME MR"; names that are also words used both ways; КП, СНТ and
// ДНП addresses with plots, villages, transliterated Russian addresses.
// Negatives: contract, estimate, act, invoice, ticket, claim, permit and
// cadastral numbers, a migration card, a residence permit, ОСАГО, ОМС,
// КПП, БИК, ОКПО, ОКТМО, correspondent accounts, a VIN, plates, tracking
// numbers, SMS codes, versions shaped like IPs, masked cards, wrong check
// digits.
//
// The engine was judged on it once, untuned, with rules-2025.129 (engine
// 1.126.0, commit f8a6cba): PASSPORT 0.884 (Uzbek passports in a crew
// table, a British one) missed its target; ADDRESS 0.962 (transliterated
// "KP Lesnye Dali, Sosnovaya St., plot 14", "d. Gorki, Tsentralnaya St.,
// 5"), PERSON 0.970, PHONE 0.992 and the other types (1.0) met theirs;
// 2.828% of PII characters leaked (261 of 9228: ADDRESS 158, PERSON 71,
// PASSPORT 32), against the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.131
// (engine 1.128.0), with those of heldout213: a list written with ", "
// under a header line ("name, passport, phone"), a plot after a
// transliterated street ("Sosnovaya St., plot 14"), an architects' firm.
// Tuned: PASSPORT 0.957 (a passport the text calls mistyped, a British
// one), ADDRESS 0.991, PERSON 0.971; 1.290% leaked (119 of 9228).

// heldout212Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout212Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.95, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout212MaxLeak: target 0.005, missed untuned (2.828%) and tuned (1.290%).
const heldout212MaxLeak = 0.013

func TestHeldout212(t *testing.T) {
	corpusCheck{file: "testdata/heldout212.jsonl", name: "two-hundred-and-twelfth held-out corpus", minMessages: 250,
		floors: heldout212Floor, everyType: true, maxLeak: heldout212MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
