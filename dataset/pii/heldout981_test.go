package pii

import "testing"

// testdata/heldout981.jsonl is the nine-hundred-and-eighty-first held-out
// file: 280 messages (140 Russian, 140 English; 64 without personal data; 570
// gold spans: PERSON 298, ADDRESS 73, PHONE 59, EMAIL 39, IP 20, PASSPORT 19,
// INN 18, BANK_ACCOUNT 15, CARD 12, SNILS 9, OGRN 8), written by hand by
// someone who saw neither the engine nor any other labelled file, while the
// engine was tuned on files up to heldout980. It is the CRM of a golf club and
// driving range near Moscow (Nakhabino): memberships, tee-time bookings,
// coaches and caddies, tournaments, equipment rental, corporate golf days,
// members from the UK, Korea and Japan. Its brief asked for chats, lower-case
// call transcripts with numbers said aloud, e-mails, CSV exports and pipe
// tables, logs with IPs, SMS, staff notes, contracts and forms; members by
// surname in tee sheets and handicap tables, clubs and balls named like
// people, Korean and Japanese names in Latin letters, caddies by first name in
// lower-case chats. Negatives: locker and membership numbers.
//
// The engine was judged on it once, untuned, with rules-2025.260 (engine
// 1.255.0, commit a7d0510): SNILS 0.947 missed its target (a mobile number
// said aloud taken for a SNILS); PERSON 0.939, ADDRESS 0.950, PHONE 0.991 and
// the other types (1.0) met theirs; 7.296% of PII characters leaked (794 of
// 10882: ADDRESS 592, PERSON 202), against the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.262
// (engine 1.257.0), with those of the other files from heldout981 to
// heldout996: a first name that is also a word before a surname ("guests of
// Mark Greenberg") and a cottage before its highway. Left: golfers in tee
// sheets and draws by surname alone ("Hughes / Bishop / Green", "Orlov v
// Whitmore"), lower-case names in chats, hotels said aloud as addresses, a
// club's registered address in its land's words ("р.п. Нахабино, ... влд. 2").
// Tuned: PERSON 0.943, ADDRESS 0.957, PHONE 0.991, SNILS 0.947; 6.552% leaked
// (713 of 10882).

// heldout981Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout981Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.97, TypePhone: 0.97, TypeSNILS: 0.946, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout981MaxLeak: target 0.005, missed untuned (7.296%), missed tuned (6.552%).
const heldout981MaxLeak = 0.066

func TestHeldout981(t *testing.T) {
	corpusCheck{file: "testdata/heldout981.jsonl", name: "nine-hundred-and-eighty-first held-out corpus", minMessages: 250,
		floors: heldout981Floor, everyType: true, maxLeak: heldout981MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
