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
// The engine was judged on this file once (rules-2025.6); on 2026-11-25 it
// became a development set: its misses drove rules-2025.7, fixed by
// category (correspondent accounts, КБК and accounts failing the БИК key;
// ОГРН in requisites blocks and beside a postcode; streets without a
// keyword, transliterated and continental streets; names in capitals;
// greetings, weekday abbreviations and banks read as names), each rule
// with negatives and variants in dev4.jsonl. Fresh judgement now needs a
// new held-out file.

// heldout3Floor is the F1 the engine keeps on the file, just below the level
// reached. Untuned (rules-2025.6): PHONE 0.986, INN 0.977, EMAIL, IP and
// SNILS 1.0, CARD 0.938, PASSPORT 0.917, OGRN 0.900, PERSON 0.914, ADDRESS
// 0.787, BANK_ACCOUNT 0.732. rules-2025.7: ADDRESS 0.960, BANK_ACCOUNT,
// OGRN, INN 1.0, CARD 0.968, PERSON 0.952 (recall 0.908: lower-case and
// lone names), PASSPORT 0.917. The first run also showed one gold error, a
// sender address in a forwarded header left unlabelled; it was labelled
// before the floors were set.
var heldout3Floor = map[string]float64{
	TypePhone: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeSNILS: 0.97, TypeIP: 0.97, TypeBankAccount: 0.97,
	TypeOGRN:     0.97,
	TypeCard:     0.96, // a Mir card without separators missed
	TypePassport: 0.91, // "серия 40 19 номер 556 781" and a driver's licence
	TypePerson:   0.95, // lower-case and lone names after weak cues
	TypeAddress:  0.95, // "Большой проспект П.С.", a shouted "ЛИГОВСКИЙ ПР 52", a Japanese address
}

// heldout3MaxLeak: target 0.005. 10.62% untuned (864 of 8134 gold
// characters, 498 in ADDRESS, 266 in PERSON); 4.92% with rules-2025.7 (400:
// ADDRESS 171, PERSON 154).
const heldout3MaxLeak = 0.05

func TestHeldout3(t *testing.T) {
	corpusCheck{file: "testdata/heldout3.jsonl", name: "third held-out corpus (now a development set)", minMessages: 250,
		floors: heldout3Floor, everyType: true, maxLeak: heldout3MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
