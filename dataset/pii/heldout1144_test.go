package pii

import "testing"

// testdata/heldout1144.jsonl is the one-thousand-one-hundred-and-forty-fourth
// held-out file: 280 messages (140 Russian, 140 English; 65 without personal
// data; 557 gold spans: PERSON 296, ADDRESS 72, PHONE 55, EMAIL 39, IP 19,
// PASSPORT 18, INN 16, BANK_ACCOUNT 15, CARD 11, SNILS 8, OGRN 8), written by
// hand by someone who saw neither the engine nor any other labelled file,
// while the engine was tuned on files up to heldout1140. It is the CRM of an
// ice rink and hockey school in Omsk and Magnitogorsk: children's hockey
// groups, rink rental for amateur teams, equipment sharpening, tournaments,
// parents, coaches. Its brief asked for chats, lower-case call transcripts
// with numbers said aloud, e-mails, CSV exports and pipe tables, logs with
// IPs, SMS, staff notes, contracts and forms; and for famous hockey players
// (Овечкин, Gretzky, Малкин) as negatives; teams named after people («Кубок
// Тарасова», 'Bobrov Division') as negatives; children with their jersey
// numbers; parents in every case.
//
// The engine was judged on it once, untuned, with rules-2025.280 (engine
// 1.275.0, commit c936ad9): BANK_ACCOUNT 0.968 missed its target; PERSON
// 0.964, ADDRESS 0.965 and the other types (1.0) met theirs; 2.318% of PII
// characters leaked (227 of 9794: ADDRESS 150, PERSON 77), against the target
// of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.281
// (engine 1.276.0), with those of the other files from heldout1141 to
// heldout1148: a transliterated boulevard (Bulvar Arkhitektorov); a spoken
// address and a name read out after their questions (abay street forty two
// apartment seven petropavlovsk; askar seitkali). Left: coaches named like
// words (Winter, Baker, Smith), hockey brands (Bauer Vapor), an address in
// Wales. Tuned: PERSON 0.973, ADDRESS 0.986, BANK_ACCOUNT 0.968; 1.368% leaked
// (134 of 9794).

// heldout1144Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout1144Floor = map[string]float64{
	TypeBankAccount: 0.966, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.97, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout1144MaxLeak: target 0.005, missed untuned (2.318%), missed tuned (1.368%).
const heldout1144MaxLeak = 0.014

func TestHeldout1144(t *testing.T) {
	corpusCheck{file: "testdata/heldout1144.jsonl", name: "one-thousand-one-hundred-and-forty-fourth held-out corpus", minMessages: 250,
		floors: heldout1144Floor, everyType: true, maxLeak: heldout1144MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
