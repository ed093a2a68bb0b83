package pii

import "testing"

// testdata/heldout997.jsonl is the nine-hundred-and-ninety-seventh held-out
// file: 280 messages (140 Russian, 140 English; 64 without personal data; 559
// gold spans: PERSON 296, ADDRESS 70, PHONE 57, EMAIL 38, PASSPORT 20, IP 19,
// INN 18, BANK_ACCOUNT 14, CARD 11, SNILS 8, OGRN 8), written by hand by
// someone who saw neither the engine nor any other labelled file, while the
// engine was tuned on files up to heldout996. It is the CRM of a fish
// processing plant in Petropavlovsk-Kamchatsky and Ust-Kamchatsk: seasonal
// workers' hiring (from Dagestan, Uzbekistan, Kyrgyzstan), dormitories,
// trawler crews, catch quotas, buyers in Korea and China, wage disputes. Its
// brief asked for chats, lower-case call transcripts with numbers said aloud,
// e-mails, CSV exports and pipe tables, logs with IPs, SMS, staff notes,
// contracts and forms; and for vessel names that are people's names (траулер
// «Капитан Иванов», «Владимир Ленин»), IMO and quota permit numbers
// (negatives); workers named by surname in shift rosters; Korean buyers' names
// in Latin and Hangul-order; dormitory room numbers beside addresses.
//
// The engine was judged on it once, untuned, with rules-2025.262 (engine
// iml-pii/1.257.0, commit 6d9a1cc): PASSPORT 0.952 missed its target; PERSON
// 0.934, ADDRESS 0.964 and the other types (1.0) met theirs; 4.248% of PII
// characters leaked (420 of 9887: PERSON 248, ADDRESS 172), against the target
// of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.263
// (engine 1.258.0), with those of the other files from heldout997 to
// heldout1004: trawlers named after people in quotes and after their word
// (траулер «Владимир Ленин», "the trawler General Kravchenko"), a Korean name
// before a department's letters ("Yoon Seo-yeon, QC manager"). Left: workers
// by surnames that are words (Мороз, Орёл, Соловей), Korean names in capitals,
// lower-case names in transcripts, dormitories said aloud. Tuned: PERSON
// 0.944, ADDRESS 0.964, PASSPORT 0.952; 4.117% leaked (407 of 9887).

// heldout997Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout997Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.951, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout997MaxLeak: target 0.005, missed untuned (4.248%), missed tuned (4.117%).
const heldout997MaxLeak = 0.042

func TestHeldout997(t *testing.T) {
	corpusCheck{file: "testdata/heldout997.jsonl", name: "nine-hundred-and-ninety-seventh held-out corpus", minMessages: 250,
		floors: heldout997Floor, everyType: true, maxLeak: heldout997MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
