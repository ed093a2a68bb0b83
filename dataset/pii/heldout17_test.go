package pii

import "testing"

// testdata/heldout17.jsonl is the seventeenth held-out file: 260 messages
// (130 Russian, 130 English; 54 without personal data; 574 gold spans:
// PERSON 282, PHONE 57, ADDRESS 45, PASSPORT 40, EMAIL 37, IP 25, INN 22,
// BANK_ACCOUNT 19, CARD 18, SNILS 15, OGRN 14), written by hand by someone
// who saw neither the engine nor any other labelled file, at the same time
// as and apart from heldout15.jsonl, to the same brief (its ids were renamed
// from h15- to h17-). It is the CRM of a travel agency with a visa centre:
// tour bookings, air tickets and PNRs, hotel vouchers and rooming lists,
// insurance, visa forms (Schengen, UK, US DS-160, Japan, China), refunds,
// complaints, rosters of guides and drivers; chats, formal letters, e-mails
// with signatures and quoted history, lower-case call transcripts (spoken
// numbers, no punctuation), system and security notices, requisites of
// hotels, airlines, ground handlers and sole-trader guides. Names in every
// case, initials, diminutives (Саша, Танечка, Вась), GDS "SURNAME/GIVEN"
// with MR/MRS/MISS/CHD outside the span, many foreign names. Passports:
// internal ("серия … номер …"), foreign (2+7 digits), Latin-letter and
// other countries'; SNILS dashed, spaced and plain; addresses in Russia (also
// transliterated), the UK, Ireland, France, Germany, Spain, Japan, India,
// Iran, Turkey, Canada and Australia, hotels' included. Negatives: Hotel
// Victoria, Maria Palace, the liner «Анна Каренина», отель «Мария», Santa
// Maria, Victoria BC, Victoria Falls, Grace Bay, Сочи, puns; flight numbers,
// PNRs, 3+10-digit ticket numbers, visa stickers, e-visas, references,
// IBANs, ОМС policies, plates, RRN and SBP ids, masked cards and phone
// endings, and identifiers with a wrong check digit.
//
// The engine was judged on it once, untuned, with rules-2025.13 (engine
// 1.11.0, commit 37ca50c): BANK_ACCOUNT, EMAIL, INN, OGRN and SNILS 1.0,
// PHONE 0.991, IP 0.980 and CARD 0.971 (targets met); PASSPORT 0.947 (4 of
// 40 missed), ADDRESS 0.918 (6 of 45 missed) and PERSON 0.867 (28 misses, 50
// false alarms of 282) miss theirs; 5.988% of PII characters leaked (556 of
// 9286: ADDRESS 279, PERSON 211, PASSPORT 47, CARD 19).

// It is no longer held out: after that run its misses (with those of
// heldout14 to heldout16) drove rules-2025.14 (engine 1.12.0);
// heldout18.jsonl and heldout19.jsonl are the untuned sets. With
// rules-2025.14: every identifier type but PASSPORT (0.987) 1.0, PERSON
// 0.953, ADDRESS 0.943 (4 of 45 missed: Japanese, Indian, Iranian and
// French layouts); leak 3.705% (ADDRESS 187, PERSON 138, PASSPORT 19).

// heldout17Floor guards the tuned level.
var heldout17Floor = map[string]float64{
	TypeBankAccount: 0.99, TypeCard: 0.99, TypeEmail: 0.99, TypeINN: 0.99, TypeIP: 0.99, TypeOGRN: 0.99,
	TypeSNILS: 0.99, TypePhone: 0.99, TypePassport: 0.98, TypeAddress: 0.94,
	TypePerson: 0.95, // 0.8669 untuned, 0.9532 tuned
}

// heldout17MaxLeak: target 0.005; 5.988% untuned, 3.705% tuned.
const heldout17MaxLeak = 0.038

func TestHeldout17(t *testing.T) {
	corpusCheck{file: "testdata/heldout17.jsonl", name: "seventeenth held-out corpus", minMessages: 250,
		floors: heldout17Floor, everyType: true, maxLeak: heldout17MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
