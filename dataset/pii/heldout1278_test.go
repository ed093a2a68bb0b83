package pii

import "testing"

// testdata/heldout1278.jsonl is the
// one-thousand-two-hundred-and-seventy-eighth held-out file: 280 messages (140
// Russian, 140 English; 65 without personal data; 562 gold spans: PERSON 298,
// ADDRESS 72, PHONE 56, EMAIL 39, PASSPORT 19, IP 19, INN 18, BANK_ACCOUNT 14,
// CARD 11, SNILS 8, OGRN 8), written by hand by someone who saw neither the
// engine nor any other labelled file, while the engine was tuned on files up
// to heldout1276. It is a dog training school and dog hotel in Moscow and
// Podolsk: training courses, boarding bookings, trainers, vaccination records,
// incidents, owners abroad. Its brief asked for chats, lower-case call
// transcripts with numbers said aloud, e-mails, CSV exports and pipe tables,
// logs with IPs, SMS, staff notes, contracts and forms; and for dogs with
// human names (Макс, Лорд, Grace, Bella, Ричард) as negatives; owners named
// through their dogs ('хозяйка Бусинки'); trainers by first name only;
// lower-case chats.
//
// The engine was judged on it once, untuned, with rules-2025.295 (engine
// 1.290.0, commit 21325a6): PERSON 0.916 missed its target; BANK_ACCOUNT 0.963
// missed its target; PHONE 0.991 and the other types (1.0) met theirs; 1.356%
// of PII characters leaked (137 of 10105: PERSON 93, ADDRESS 24, BANK_ACCOUNT
// 20), against the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.296
// (engine 1.291.0), with those of the other files from heldout1277 to
// heldout1284: dogs named like people where the words around say so (Lord,
// Greta's vet records, Oscar (Weimaraner), Benny and Toby, Тайсона, Герды),
// owners before the owner's word and a pet's name ("Рамиль, привет. Там
// хозяйка Симбы", "Соня (хозяйка Лаки)"). Left: most dogs named like people
// (Ричард, Грейс, Арчи, Bella, Milo, Grace, Max, Tosha), first names that are
// words (вера, надежда, smith, Wolf), a bank account with a wrong key said to
// be wrong. Tuned: PERSON 0.933, PHONE 0.991, BANK_ACCOUNT 0.963; 1.217%
// leaked (123 of 10105).

// heldout1278Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout1278Floor = map[string]float64{
	TypeBankAccount: 0.961, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.97, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout1278MaxLeak: target 0.005, missed untuned (1.356%), missed tuned (1.217%).
const heldout1278MaxLeak = 0.013

func TestHeldout1278(t *testing.T) {
	corpusCheck{file: "testdata/heldout1278.jsonl", name: "one-thousand-two-hundred-and-seventy-eighth held-out corpus", minMessages: 250,
		floors: heldout1278Floor, everyType: true, maxLeak: heldout1278MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
