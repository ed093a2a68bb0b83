package pii

import "testing"

// testdata/heldout95.jsonl is the ninety-fifth held-out file: 277 messages
// (141 Russian, 136 English; 63 without personal data; 758 gold spans:
// PERSON 462, PHONE 67, PASSPORT 46, ADDRESS 41, EMAIL 39, IP 30, INN 23,
// BANK_ACCOUNT 16, SNILS 13, OGRN 11, CARD 10), written by hand by someone
// who saw neither the engine nor any other labelled file, while the engine
// was tuned on heldout92 and heldout93. It is the CRM of an educational
// centre for gifted children (olympiad maths, physics and programming,
// residential camps, olympiads abroad): registration, consent and medical
// forms, tax-deduction requests with parents' INN and SNILS, refunds,
// tutors' contracts (self-employed, ИП), partner schools, visa letters,
// team lists with international passports, e-tickets, hotel lists. Parent
// and staff chats, lower-case transcripts, e-mails with headers, quoted
// replies, forwards and signatures, tables, forms, invoices, platform and
// API logs. Children's names in every case and diminutive (Мишу, Сонечка,
// Тёмой, тимурчика), patronymics, initials, capitals, Latin spellings,
// SURNAME/NAME with MR/MRS/MSTR outside, titles outside (проф.,
// д.ф.-м.н., Dr., Prof.); Kazakh, Armenian, Chinese (surname first),
// Indian, German, English and Singaporean names. Eponyms that are no
// persons: theorems, prizes, olympiads, schools "им.", labs, halls, the
// camp «Эйнштейн», the centre «Архимед», next to people of the same names.
// Addresses in Russian (линия, microdistricts), transliterated, British,
// US, German, Swiss, Chinese, Indian, Singaporean, Armenian and Kazakh, a
// spoken one. Negatives: birth certificates, participant codes, scores,
// contracts, invoices, orders, tickets, licences, school, class and room
// numbers, КПП, БИК, ОКПО, correspondent accounts, SWIFT, a VAT id, masked
// cards, versions, an ОМС policy, numbers with a wrong check digit beside
// the right ones.
//
// The engine was judged on it once, untuned, with rules-2025.56 (engine
// 1.54.0, commit 6ea42c0): BANK_ACCOUNT, CARD, EMAIL, INN, OGRN, PHONE and
// SNILS 1.0, ADDRESS 0.988, PERSON 0.951 (targets met); IP 0.933 (two
// missed, two false alarms) and PASSPORT 0.892 (nine missed) miss their
// targets; 2.459% of PII characters leaked (283 of 11508: PERSON 141,
// PASSPORT 88, ADDRESS 34, IP 20), against the target of 0.5%. It has not
// been tuned on: these are held-out figures.
//
// It is no longer held out: after that run its misses (with heldout94's)
// drove rules-2025.57 (engine 1.55.0), which reads a list's passports under
// a header that names them, eponyms after теорема, неравенства, премия and
// турнир, camps in quotes, and "Гор" before a patronymic. With
// rules-2025.57: PASSPORT 0.943 (misses: Chinese letter-and-digit numbers
// in a list), PERSON 0.966 (misses: diminutives in lower case, Тёма, and
// Chinese names surname first), IP 0.933 (two private classroom addresses
// missed, two versions read as addresses), the other
// types as before; leak 2.025% (233 of 11508: PERSON 131, PASSPORT 48,
// ADDRESS 34, IP 20).

// heldout95Floor guards the tuned level.
var heldout95Floor = map[string]float64{
	TypeBankAccount: 0.99, TypeCard: 0.99, TypeEmail: 0.99, TypeINN: 0.99, TypeIP: 0.93, TypeOGRN: 0.99,
	TypePassport: 0.94, TypePhone: 0.99, TypeSNILS: 0.99, TypeAddress: 0.98, TypePerson: 0.96,
}

// heldout95MaxLeak: target 0.005; 2.459% untuned, 2.025% tuned.
const heldout95MaxLeak = 0.021

func TestHeldout95(t *testing.T) {
	corpusCheck{file: "testdata/heldout95.jsonl", name: "ninety-fifth held-out corpus", minMessages: 250,
		floors: heldout95Floor, everyType: true, maxLeak: heldout95MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
