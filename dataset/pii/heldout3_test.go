package pii

import "testing"

// testdata/heldout3.jsonl is the third held-out file: 285 CRM messages
// (178 Russian, 107 English) written by hand, while rules-2025.6 was being
// tuned on heldout2.jsonl, without looking at the engine's code, name
// tables or output, nor at the other labelled files. Its styles are the
// unpolished ones: chat slang, typos and missing punctuation, ALL CAPS
// fragments, forwarded e-mail headers and signatures, call transcripts with
// speaker labels, delivery notes and route sheets, bank and KYC requests,
// clinic appointments, real-estate listings and B2B requisites blocks.
// Names come in every Russian case, with patronymics, initials,
// diminutives, lower case, non-Slavic names common in Russia and foreign
// names; 32 messages carry no personal data at all.
//
// Labelling conventions:
//   - PERSON covers the whole written name, without titles (Mr., Dr.,
//     г-н); kin words and job titles alone are not names.
//   - ADDRESS covers region, city, street, house, building and flat, with
//     an adjacent postcode, but not "по адресу", a metro station or a lone
//     city.
//   - PASSPORT covers series and number as one span, including a "№" or
//     "номер" between them.
//   - A company's ИНН and ОГРН are labelled INN and OGRN and its р/с
//     BANK_ACCOUNT, like a person's: they are identifiers the engine masks
//     anyway. КПП, БИК, к/с, ОКПО, ОКТМО, ОКАТО and КБК are not labelled.
//   - Identifiers carry valid check digits (ИНН of 10 and 12 digits,
//     СНИЛС, ОГРН and ОГРНИП, Luhn for Mir 2200–2204, Mastercard 2- and
//     5-series and Visa cards, the control key of a 20-digit account
//     against the БИК in the same message). Lookalikes that fail their
//     check (a mistyped ИНН, СНИЛС or account, a card "not found") are
//     unlabelled, and no unlabelled run of 10 to 20 digits, alone or
//     joined over spaces and hyphens, passes any of these checks.
//   - Orders, invoices, contracts, amounts, dates, times, SKUs, tracking
//     numbers, policy and licence numbers are negatives.
//
// The engine is judged on this file once, never tuned on it.

// heldout3Floor is the F1 the engine keeps on the third held-out file:
// the target (0.97 for validated identifiers, 0.92 for PERSON and
// ADDRESS) where it is met, else a floor just below the level reached.
// Figures from the single run with rules-2025.6, when the file was
// written: PHONE 0.986, INN 0.977, EMAIL, IP and SNILS 1.0 (targets met);
// CARD 0.938, PASSPORT 0.917, OGRN 0.900, PERSON 0.914, ADDRESS 0.787 and
// BANK_ACCOUNT 0.732 (targets missed). The first run also showed one gold
// error, a sender address in a forwarded header left unlabelled while
// every other e-mail address is labelled; it was labelled before the
// floors were set. Nothing else in the file was changed after the run.
var heldout3Floor = map[string]float64{
	TypePhone: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeSNILS: 0.97, TypeIP: 0.97,
	TypeCard:        0.93, // target 0.97: missed (0.9375: a Mir card without separators missed, an ОГРН and postcode taken for a card)
	TypePassport:    0.91, // target 0.97: missed (0.9167, "серия 40 19 номер 556 781" and a driver's licence)
	TypeOGRN:        0.89, // target 0.97: missed (0.9000, two ОГРН/ОГРНИП in requisites blocks)
	TypePerson:      0.91, // target 0.92: missed (0.9135: 28 misses, mostly lower-case, ALL CAPS and lone names)
	TypeAddress:     0.78, // target 0.92: missed (0.7865, recall 0.686: city-first and foreign streets)
	TypeBankAccount: 0.73, // target 0.97: missed (0.7317: nine к/с, a КБК and a mistyped account flagged)
}

// heldout3MaxLeak: target 0.005, missed: 10.62% when written (864 of 8134
// gold characters, 498 of them in ADDRESS and 266 in PERSON).
const heldout3MaxLeak = 0.107

func TestHeldout3(t *testing.T) {
	corpusCheck{file: "testdata/heldout3.jsonl", name: "third held-out corpus", minMessages: 250,
		floors: heldout3Floor, everyType: true, maxLeak: heldout3MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
