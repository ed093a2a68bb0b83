package pii

import "testing"

// testdata/heldout68.jsonl is the sixty-eighth held-out file: 261 messages
// (131 Russian, 130 English; 56 without personal data; 576 gold spans:
// PERSON 303, ADDRESS 67, PHONE 52, EMAIL 34, INN 24, PASSPORT 19,
// BANK_ACCOUNT 17, CARD 16, OGRN 15, IP 15, SNILS 14), written by hand by
// someone who saw neither the engine nor any other labelled file, while
// the engine was tuned on heldout66 and heldout67. It is the CRM of a home
// and office cleaning company: bookings and rescheduling, cleaners'
// schedules and keys, damage and loss complaints, payments and refunds,
// dry-cleaning pickups, contracts with business centres, tenders and
// invoices, cleaners hired from Uzbekistan, Kyrgyzstan, Tajikistan and
// Kazakhstan (HR records, payroll). Chats, letters, e-mails with headers,
// signatures and quoted history, lower-case call transcripts and ASR
// summaries, system and security logs, requisites, lists. Names in every
// case, diminutives, lower case, initials ("Кузнецова Е.С.", "Alexandra
// P."), Central Asian names, titles outside. Russian addresses in full,
// abbreviated and spoken, transliterated Moscow addresses, London and
// Tashkent ones; business centres and metro stations alone are not
// labelled. Negatives: Марина the marina, Надежда, Любовь, Вера and Слава
// as words, проспект Мира, Victoria the station and a business centre,
// "Mark my words", "Will you", "Hope you're well", May, Jordan, Florence,
// Mr. Proper and Mr. Muscle; order, ticket, invoice, claim, contract and PO
// numbers, tracking and operation ids, SKUs, plates, ОМС, КПП, БИК, ОКПО,
// correspondent accounts, masked cards, SMS and intercom codes, versions
// shaped like IPs, and INN, SNILS and card numbers with a wrong check
// digit.
//
// The engine was judged on it once, untuned, with rules-2025.40 (engine
// 1.38.0, commit c181225): every identifier type 1.0, ADDRESS 0.977 and
// PERSON 0.975: every F1 target met; 1.181% of PII characters leaked (107
// of 9063: PERSON 66, ADDRESS 41), against the target of 0.5%.
//
// It is no longer held out: after that run its misses (with heldout69's)
// drove rules-2025.41 (engine 1.39.0). With rules-2025.41: every type 1.0
// but ADDRESS 0.977 (lower-case ones read out with no flat, "tverskaya
// 16", "building 2 not 3 at 8 shabolovka street") and PERSON 0.989 (Aurora
// the business centre, Марина the marina, "will"; "mo" and Мира missed);
// leak 0.695% (63 of 9063: ADDRESS 41, PERSON 22).

// heldout68Floor guards the tuned level.
var heldout68Floor = map[string]float64{
	TypeBankAccount: 0.99, TypeCard: 0.99, TypeEmail: 0.99, TypeINN: 0.99, TypeIP: 0.99, TypeOGRN: 0.99,
	TypePassport: 0.99, TypePhone: 0.99, TypeSNILS: 0.99, TypeAddress: 0.97, TypePerson: 0.98,
}

// heldout68MaxLeak: target 0.005; 1.181% untuned, 0.695% tuned.
const heldout68MaxLeak = 0.007

func TestHeldout68(t *testing.T) {
	corpusCheck{file: "testdata/heldout68.jsonl", name: "sixty-eighth held-out corpus", minMessages: 250,
		floors: heldout68Floor, everyType: true, maxLeak: heldout68MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
