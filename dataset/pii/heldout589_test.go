package pii

import "testing"

// testdata/heldout589.jsonl is the five-hundred-and-eighty-ninth held-out
// file: 280 messages (140 Russian, 140 English; 63 without personal data;
// 523 gold spans: PERSON 275, ADDRESS 70, PHONE 53, EMAIL 36, INN 17, IP 17,
// PASSPORT 17, BANK_ACCOUNT 13, CARD 11, OGRN 7, SNILS 7), written by hand
// by someone who saw neither the engine nor any other labelled file, while
// the engine was tuned on files up to heldout580. It is the CRM of an
// emergency locksmith, door-opening and safe-opening service in Moscow, Tula
// and Ryazan: night calls, proof of ownership before opening, lock
// replacement orders, masters' dispatch, payments, complaints about damaged
// doors. Dispatchers' chats, lower-case call transcripts with streets said
// aloud, SMS to masters, web forms, CSV order exports, webhooks and logs,
// OCR'd ownership documents and passports, e-mails with quotes. Masters by
// first name, landlords and tenants with the same surname, surnames that
// match lock brands, a master by nickname, names in their cases and in
// capitals with slashes, villages of Tula and Ryazan regions, Zelenograd
// buildings said in words, entrances, floors and flats said aloud, phones
// dictated in groups and in words. Negatives: lock brands, famous people,
// metro stations, streets named after people, masked cards, codes, numbers
// with wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.208 (engine
// 1.203.0, commit 4783bc3): PHONE 0.961, PASSPORT 0.9697 missed their
// targets (phones dictated in groups with dashes, slashes or pauses between
// them; a Belarusian ID card's number between tildes); PERSON 0.965, ADDRESS
// 0.925 and the other types (1.0) met theirs; 7.594% of PII characters
// leaked (761 of 10021: PERSON 76, PHONE 152, PASSPORT 9, ADDRESS 524),
// against the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.209
// (engine 1.204.0), with those of the other files from heldout581 to
// heldout596: mobiles dictated with dashes, slashes or pauses between groups
// ("8 915 — 204 — 37 — 19", "+7 962 / 273 / 11 / 40"), a short given name in
// capitals before a patronymic ("KUDRYAVTSEV LEV MAKSIMOVICH"), and a
// patronymic and a surname after a given name in Latin letters ("pyotr
// ilyich shubin"). Left: a Belarusian ID card between tildes, lock brands
// named like people, and village and Zelenograd addresses said in words.
// Tuned: PERSON 0.973, PHONE 0.991 (now met), PASSPORT 0.9697, ADDRESS
// 0.925; 6.566% leaked (658 of 10021).

// heldout589Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout589Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.969, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout589MaxLeak: target 0.005, missed untuned (7.594%), missed tuned (6.566%).
const heldout589MaxLeak = 0.066

func TestHeldout589(t *testing.T) {
	corpusCheck{file: "testdata/heldout589.jsonl", name: "five-hundred-and-eighty-ninth held-out corpus", minMessages: 250,
		floors: heldout589Floor, everyType: true, maxLeak: heldout589MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
