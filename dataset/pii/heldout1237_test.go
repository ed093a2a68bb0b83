package pii

import "testing"

// testdata/heldout1237.jsonl is the
// one-thousand-two-hundred-and-thirty-seventh held-out file: 280 messages (140
// Russian, 140 English; 61 without personal data; 570 gold spans: PERSON 298,
// ADDRESS 74, PHONE 59, EMAIL 39, PASSPORT 20, IP 19, INN 18, BANK_ACCOUNT 14,
// CARD 13, SNILS 8, OGRN 8), written by hand by someone who saw neither the
// engine nor any other labelled file, while the engine was tuned on files up
// to heldout1236. It is an organic farm box subscription and farmers' market
// operator in Tver and Moscow: subscribers, deliveries, farmers, payments,
// complaints. Its brief asked for chats, lower-case call transcripts with
// numbers said aloud, e-mails, CSV exports and pipe tables, logs with IPs,
// SMS, staff notes, contracts and forms; and for farm and product names after
// people (ферма «Дядя Ваня», сыр «Маруся») as negatives; couriers by nickname;
// delivery instructions with intercom codes and floors; subscribers in
// genitive and dative; lower-case voice messages.
//
// The engine was judged on it once, untuned, with rules-2025.291 (engine
// 1.286.0, commit b685983): PERSON 0.916 missed its target; ADDRESS 0.986 and
// the other types (1.0) met theirs; 2.667% of PII characters leaked (265 of
// 9938: PERSON 197, ADDRESS 61, PHONE 7), against the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.292
// (engine 1.287.0), with those of the other files from heldout1237 to
// heldout1244: a short surname in capitals in a subscriber card's field
// ("Фамилия: ЦОЙ"). Left: couriers by nickname (Малой, Шустрый, Кудрявый,
// Shusty, boroda), surnames that are words (Орёл, Мороз, Baker), farm products
// named after people as negatives. Tuned: PERSON 0.918, ADDRESS 0.986; 2.636%
// leaked (262 of 9938).

// heldout1237Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout1237Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.97, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.916,
}

// heldout1237MaxLeak: target 0.005, missed untuned (2.667%), missed tuned (2.636%).
const heldout1237MaxLeak = 0.027

func TestHeldout1237(t *testing.T) {
	corpusCheck{file: "testdata/heldout1237.jsonl", name: "one-thousand-two-hundred-and-thirty-seventh held-out corpus", minMessages: 250,
		floors: heldout1237Floor, everyType: true, maxLeak: heldout1237MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
