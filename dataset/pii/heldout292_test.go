package pii

import "testing"

// testdata/heldout292.jsonl is the two-hundred-and-ninety-second
// held-out file: 278 messages (138 Russian, 140 English; 53 without
// personal data; 529 gold spans: PERSON 317, PHONE 71, EMAIL 38, ADDRESS
// 33, PASSPORT 17, IP 15, CARD 9, BANK_ACCOUNT 9, INN 9, SNILS 7, OGRN 4),
// written by hand by someone who saw neither the engine nor any other
// labelled file, while the engine was tuned on heldout284 to heldout291.
// It is the CRM of a funeral and memorial bureau in Moscow, Tver, Vologda
// and Minsk: ceremony and cremation orders, cemetery plots, headstones and
// engravings, transport of the body and repatriation, urn release,
// payments, instalments, refunds, complaints, deletion requests. Chats,
// SMS, lower-case call transcripts, e-mails with headers, quotes, forwards
// and signatures, web forms, CSV and pipe order tables, OCR'd passports
// (an "O" for a zero), payment and security logs, requisites; relatives
// abroad in English. Engraving texts with names and years, every case
// form, diminutives, Belarusian names (Язэп Кавалёў), names that are also
// words used both ways. Negatives: saints in church names, famous people
// buried at Novodevichy, streets named after people, granite brands,
// cemeteries, order, contract and claim numbers, a power of attorney, RRN,
// ОМС, КПП, БИК, ОКПО, masked cards, a version shaped like an IP, wrong
// check digits. One OCR'd passport's name (h292-ru-008) was left
// unlabelled by the writer; the engine's three spans there count as false
// positives.
//
// The engine was judged on it once, untuned, with rules-2025.150 (engine
// 1.145.0, commit e4f3503): BANK_ACCOUNT 0.941 (an account followed by a
// question mark, no БИК near), EMAIL 0.962 (the bureau's own mailboxes,
// left unlabelled, were reported) and PASSPORT 0.970 ("28 16 O47395",
// the OCR's letter O) missed their targets; ADDRESS 0.985, PERSON 0.947 and
// the other types (1.0) met theirs; 2.697% of PII characters leaked (219 of
// 8120: PERSON 140, ADDRESS 41, BANK_ACCOUNT 20, PASSPORT 18), against the
// target of 0.5%.
//
// It is no longer held out: its misses were read with those of heldout284 to
// heldout295 for rules-2025.151 (engine 1.146.0), but none drove a rule.
// With rules-2025.151: as untuned; 2.697% leaked (219 of 8120).

// heldout292Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout292Floor = map[string]float64{
	TypeBankAccount: 0.94, TypeCard: 0.97, TypeEmail: 0.96, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.96, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout292MaxLeak: target 0.005, missed untuned (2.697%), missed tuned (2.697%).
const heldout292MaxLeak = 0.027

func TestHeldout292(t *testing.T) {
	corpusCheck{file: "testdata/heldout292.jsonl", name: "two-hundred-and-ninety-second held-out corpus", minMessages: 250,
		floors: heldout292Floor, everyType: true, maxLeak: heldout292MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
