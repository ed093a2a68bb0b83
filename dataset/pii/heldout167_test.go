package pii

import "testing"

// testdata/heldout167.jsonl is the hundred-and-sixty-seventh held-out file:
// 284 messages (144 Russian, 140 English; 56 without personal data; 545
// gold spans: PERSON 294, ADDRESS 72, PHONE 48, EMAIL 38, INN 19, PASSPORT
// 18, IP 18, CARD 13, BANK_ACCOUNT 12, OGRN 7, SNILS 6), written by hand by
// someone who saw neither the engine nor any other labelled file, while the
// engine was tuned on heldout164 and heldout165. It is the CRM of a
// parcel-forwarding service from US, UK, German and Turkish warehouses to
// Russia, Kazakhstan and Belarus: suites, incoming parcels, consolidation
// and repacking, customs declarations, duties, delivery and pickup points,
// lost and damaged parcels, claims and refunds, corporate onboarding,
// deletion requests. Chats, SMS, lower-case call transcripts, e-mails with
// headers, quotes, forwards and signatures, forms and powers of attorney,
// CSV and pipe manifests, OCR'd passports and customs forms, warehouse and
// API logs. The same person in Cyrillic and in Latin letters, Turkish,
// German, Kazakh, Korean and Japanese names, every case form, diminutives,
// lower-case names, "SURNAME/NAME MR"; US, UK, German, Turkish, Kazakh and
// Belarusian addresses; brands named after people (Ralph Lauren, Tommy
// Hilfiger, Victoria's Secret) unlabelled; names that are also words both
// ways. Negatives: tracking numbers (1Z…, RR…RU), order, suite, claim,
// invoice, declaration and contract numbers, a VAT number, a VIN, plates, a
// driving licence, ОМС, КПП, БИК, ОКПО, correspondent accounts, masked
// cards, IP-shaped versions, wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.98 (engine
// 1.96.0, commit 48fa12b): SNILS 0.909 (a СНИЛС typed into the INN field,
// its word a sentence before) missed its target, PERSON 0.980, ADDRESS
// 0.993 and the other types (1.0) met theirs; 1.836% of PII characters
// leaked (176 of 9587: ADDRESS 103, PERSON 50, PASSPORT 12, SNILS 11),
// against the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.99
// (engine 1.97.0), with those of heldout166: the city before a street when
// a name stands before the city ("Viktor Zhdanov at Kazan, Pushkina St
// 26"), the given name and patronymic after "фамилия …". With
// rules-2025.99: PERSON 0.983, ADDRESS 0.993, SNILS 0.909, the others 1.0;
// leak 1.533% (147 of 9587: ADDRESS 75, PERSON 49, PASSPORT 12 — the
// writer put "серия" inside the passports' spans — SNILS 11).

// heldout167Floor guards the tuned level.
var heldout167Floor = map[string]float64{
	TypeBankAccount: 0.99, TypeCard: 0.99, TypeEmail: 0.99, TypeINN: 0.99, TypeIP: 0.99, TypeOGRN: 0.99,
	TypePassport: 0.99, TypePhone: 0.99, TypeSNILS: 0.90, TypeAddress: 0.99, TypePerson: 0.98,
}

// heldout167MaxLeak: target 0.005; 1.836% untuned, 1.533% tuned.
const heldout167MaxLeak = 0.016

func TestHeldout167(t *testing.T) {
	corpusCheck{file: "testdata/heldout167.jsonl", name: "hundred-and-sixty-seventh held-out corpus", minMessages: 250,
		floors: heldout167Floor, everyType: true, maxLeak: heldout167MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
