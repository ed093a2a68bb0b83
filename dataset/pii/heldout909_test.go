package pii

import "testing"

// testdata/heldout909.jsonl is the nine-hundred-and-ninth held-out file: 280
// messages (140 Russian, 140 English; 62 without personal data; 524 gold
// spans: PERSON 275, ADDRESS 73, PHONE 55, EMAIL 36, IP 17, INN 15, PASSPORT
// 14, BANK_ACCOUNT 12, CARD 12, OGRN 8, SNILS 7), written by hand by someone
// who saw neither the engine nor any other labelled file, while the engine
// was tuned on files up to heldout908. It is the CRM of a gas distribution
// company's subscriber department in Tambov and Voronezh oblasts: meter
// checks, boiler maintenance, debts, connection applications for village
// houses. Lower-case call transcripts with elderly subscribers, fitters'
// chats, e-mails with the regional office, CSV visit lists, pipe tables of
// payments, contracts, logs with IPs, SMS. Village houses without streets
// ("бокино, дом сорок семь", "Perkino, house 17"), fitters by nickname,
// family plurals, an OCR'd scan. Negatives: boilers and meters named like
// people (Гефест, Baxi Luna, Протерм Медведь), famous people, gas accounts,
// numbers with wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.251 (engine
// 1.246.0, commit 5764c54): PASSPORT 0.963, ADDRESS 0.887 missed their
// targets (villages and their houses said in a transcript ("село старое
// тазово, дом семнадцать") or in a CSV's cell ("Perkino, house 17"); an
// international passport after "Document on file:"); PERSON 0.957, PHONE
// 0.991, IP 0.971 and the other types (1.0) met theirs; 7.247% of PII
// characters leaked (648 of 8942: PERSON 86, PHONE 36, PASSPORT 10, ADDRESS
// 516), against the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.252
// (engine 1.247.0), with those of the other files from heldout909 to
// heldout916: villages' houses with no street: named after the house ("house
// 27, Sukhotinka", "house 44 in Bokino"), in a CSV cell ("Perkino, house
// 17"), of two words ("село старое тазово, дом семнадцать"), capitalized
// after "селе", and -ка villages in the genitive or prepositional ("с
// малиновки, дом тридцать два"); a village before a house-first street
// ("Pokrovo-Prigorodnoye, 56 Shkolnaya St"). Left: a small town and a street
// in lower case read out with no keyword ("рассказово, советская сто
// двенадцать"), boilers named like people (Baxi Luna), and an international
// passport after "Document on file:". Tuned: PERSON 0.957, PHONE 0.991,
// PASSPORT 0.963, ADDRESS 0.986 (now met), IP 0.971; 4.194% leaked (375 of
// 8942).

// heldout909Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout909Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.962, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout909MaxLeak: target 0.005, missed untuned (7.247%), missed tuned (4.194%).
const heldout909MaxLeak = 0.042

func TestHeldout909(t *testing.T) {
	corpusCheck{file: "testdata/heldout909.jsonl", name: "nine-hundred-and-ninth held-out corpus", minMessages: 250,
		floors: heldout909Floor, everyType: true, maxLeak: heldout909MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
