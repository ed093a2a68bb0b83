package pii

import "testing"

// testdata/heldout389.jsonl is the three-hundred-and-eighty-ninth held-out
// file: 279 messages (140 Russian, 139 English; 63 without personal data;
// 463 gold spans: PERSON 278, PHONE 48, ADDRESS 41, EMAIL 17, PASSPORT 16,
// INN 16, IP 14, BANK_ACCOUNT 13, CARD 11, OGRN 5, SNILS 4), written by
// hand by someone who saw neither the engine nor any other labelled file,
// while the engine was tuned on files up to heldout387. It is the CRM of a
// country-house and glamping rental platform near Moscow, St Petersburg,
// Kazan and in Karelia: guests' bookings and check-in passports, hosts'
// listings and onboarding, deposits and refunds, payouts to hosts'
// accounts (self-employed INN, OGRNIP), damage claims, cleaners and
// caretakers, reviews, foreign guests' registration. Chats, SMS, lower-
// case call transcripts with spoken addresses, e-mails with headers,
// quotes and signatures, CSV and pipe schedules, platform and security
// logs, webhook JSON, OCR'd passports. Village, СНТ and cottage-settlement
// plots, caretakers by first name and patronymic, families (Зайцевы, the
// Nowak family), every case form. Negatives: houses named after people
// (Усадьба Пушкина, Villa Sofia), villages and settlements alone, a dog
// named Лев, the platform's own mailboxes, a cadastral number, masked
// cards, КПП, БИК, wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.171 (engine
// 1.166.0, commit 49d59ea): EMAIL 0.944 missed its target (the platform's
// own payouts@ and support@ mailboxes, which the writer left unlabelled);
// ADDRESS 0.988, PERSON 0.971 and the other types (1.0) met theirs; 1.287%
// of PII characters leaked (95 of 7382: ADDRESS 63, PERSON 32).
//
// It is no longer held out: after that run its misses drove rules-2025.172
// (engine 1.167.0), with those of the other files from heldout388 to
// heldout391: none of its own: its own mailboxes are the writer's
// convention. Tuned: as untuned; 1.287% leaked (95 of 7382).

// heldout389Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout389Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.94, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.97, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout389MaxLeak: target 0.005, missed untuned (1.287%), missed tuned (1.287%).
const heldout389MaxLeak = 0.013

func TestHeldout389(t *testing.T) {
	corpusCheck{file: "testdata/heldout389.jsonl", name: "three-hundred-and-eighty-ninth held-out corpus", minMessages: 250,
		floors: heldout389Floor, everyType: true, maxLeak: heldout389MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
