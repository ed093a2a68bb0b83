package pii

import "testing"

// testdata/heldout265.jsonl is the two-hundred-and-sixty-fifth held-out
// file: 277 messages (138 Russian, 139 English; 59 without personal data;
// 667 gold spans: PERSON 438, PHONE 58, ADDRESS 39, PASSPORT 38, EMAIL 36,
// INN 16, IP 14, CARD 9, BANK_ACCOUNT 8, SNILS 6, OGRN 5), written by hand
// by someone who saw neither the engine nor any other labelled file, while
// the engine was tuned on heldout260 to heldout263.
// It is the CRM of a children's ice-hockey and figure-skating club in
// Moscow, Yaroslavl, Chelyabinsk and Minsk: enrolments, tax-deduction
// paperwork, consents and powers of attorney, medical certificates,
// coaches' contracts, equipment orders, fees, tournament trips with
// passenger and rooming lists, complaints, deletion requests. Parents'
// chats, lower-case call transcripts, e-mails with headers, quotes,
// forwards and signatures, web forms, CSV and pipe rosters with surnames
// alone, OCR'd passports and birth certificates (their numbers labelled as
// passports), payment and login logs. Diminutives (Тёма, Сонечка), every
// case form, Belarusian names in both spellings, names that are also words
// used both ways. Negatives: teams, trophies and arenas named after people,
// equipment brands, contract, order and licence numbers, scores, ОМС,
// КПП, БИК, masked cards, versions shaped like IPs, wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.144 (engine
// 1.139.0, commit 61c4fd8): PASSPORT 0.899 missed its target (birth
// certificates, "IV-МЮ № 518832", which the writer labelled as passports,
// and an OCR'd series with a misread digit); PERSON 0.941 (diminutives,
// surnames alone in rosters and capitals, a skates' brand read as a
// person) and the other types (1.0) met theirs; 3.200% of PII characters
// leaked (292 of 9125: PERSON 199, PASSPORT 93), against the target of
// 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.145
// (engine 1.140.0), with those of heldout264: a roster's "Last name" and
// "First name" columns and its header, a goalkeeper named by role ("вратарь
// Голованов"). Tuned: PERSON 0.946, PASSPORT as untuned; 2.959% leaked (270
// of 9125).

// heldout265Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout265Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.89, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout265MaxLeak: target 0.005, missed untuned (3.200%) and tuned (2.959%).
const heldout265MaxLeak = 0.03

func TestHeldout265(t *testing.T) {
	corpusCheck{file: "testdata/heldout265.jsonl", name: "two-hundred-and-sixty-fifth held-out corpus", minMessages: 250,
		floors: heldout265Floor, everyType: true, maxLeak: heldout265MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
