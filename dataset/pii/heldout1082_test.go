package pii

import "testing"

// testdata/heldout1082.jsonl is the one-thousand-and-eighty-second held-out
// file: 280 messages (140 Russian, 140 English; 64 without personal data; 570
// gold spans: PERSON 298, ADDRESS 74, PHONE 60, EMAIL 39, IP 20, PASSPORT 19,
// INN 18, BANK_ACCOUNT 14, CARD 12, SNILS 8, OGRN 8), written by hand by
// someone who saw neither the engine nor any other labelled file, while the
// engine was tuned on files up to heldout1076. It is the CRM of a vinyl record
// shop and small music label in Saint Petersburg: mail orders in Russia and
// abroad, collectors, consignments, artists' contracts and royalties,
// concerts, pressing orders. Its brief asked for chats, lower-case call
// transcripts with numbers said aloud, e-mails, CSV exports and pipe tables,
// logs with IPs, SMS, staff notes, contracts and forms; and for albums, songs
// and bands named like people ('Rosanna', «Алёша», «Ляпис Трубецкой», 'Eleanor
// Rigby') as negatives; famous musicians (Цой, Bowie) as negatives; catalogue
// and matrix numbers as negatives; collectors by online nicknames beside their
// real names.
//
// The engine was judged on it once, untuned, with rules-2025.271 (engine
// 1.266.0, commit a0e0631): PERSON 0.907 missed its target; PASSPORT 0.944
// missed its target; ADDRESS 0.946, PHONE 0.992 and the other types (1.0) met
// theirs; 3.819% of PII characters leaked (404 of 10579: ADDRESS 173, PERSON
// 145, PHONE 62, PASSPORT 24), against the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.272
// (engine 1.267.0), with those of the other files from heldout1077 to
// heldout1084: a stage name after its word (сценический псевдоним «БАХ»), a
// crew's Толстый. Left: songs, albums and bands named like people ('Eleanor
// Rigby', «Алиса», Pink Floyd, Alice Cooper), famous musicians, collectors by
// nickname alone (Мороз, Хан, Big Mike), addresses read out in English. Tuned:
// PERSON 0.908, ADDRESS 0.946, PHONE 0.992, PASSPORT 0.944; 3.791% leaked (401
// of 10579).

// heldout1082Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout1082Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.943, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.907,
}

// heldout1082MaxLeak: target 0.005, missed untuned (3.819%), missed tuned (3.791%).
const heldout1082MaxLeak = 0.038

func TestHeldout1082(t *testing.T) {
	corpusCheck{file: "testdata/heldout1082.jsonl", name: "one-thousand-and-eighty-second held-out corpus", minMessages: 250,
		floors: heldout1082Floor, everyType: true, maxLeak: heldout1082MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
