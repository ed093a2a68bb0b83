package pii

import "testing"

// testdata/heldout791.jsonl is the seven-hundred-and-ninety-first held-out
// file: 280 messages (140 Russian, 140 English; 62 without personal data;
// 517 gold spans: PERSON 270, ADDRESS 72, PHONE 53, EMAIL 36, IP 17,
// PASSPORT 17, INN 15, BANK_ACCOUNT 12, CARD 11, OGRN 7, SNILS 7), written
// by hand by someone who saw neither the engine nor any other labelled file,
// while the engine was tuned on files up to heldout788. It is the CRM of an
// organic farm produce subscription box service in the Leningrad and
// Novgorod regions: weekly boxes, farmers, couriers, subscriptions,
// complaints. Chats with subscribers, lower-case call transcripts, e-mails
// with quotes, delivery routes, CSV of subscribers, pipe tables, webhooks
// and logs with IPs, OCR'd farmer contracts, SMS. Farmers inside farm names
// ("Ферма Ивановых", КФХ «Белоусовы», Fedorov farm), villages with houses,
// subscribers in their cases, couriers by first name, a name spelled letter
// by letter, a nickname, phones, addresses and passports said in words.
// Negatives: products named like people (Сыр «Маша», творог «Дуняша»),
// famous people, pets, gate codes, numbers with wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.235 (engine
// 1.230.0, commit c240dde): PASSPORT 0.9697 missed its target (a passport's
// series and number said in words); PERSON 0.934, PHONE 0.991, ADDRESS 0.971
// and the other types (1.0) met theirs; 4.223% of PII characters leaked (397
// of 9401: PERSON 65, PHONE 66, PASSPORT 60, ADDRESS 206), against the
// target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.236
// (engine 1.231.0), with those of the other files from heldout789 to
// heldout796: Gatchina as a town, and a house, its building and flat after
// "pr." ("Ispytateley pr. 33/2-57"). Left: goats and cows named like people,
// passports and phones said in words, Vasilyevsky Island's lines, and farms
// named after their owners. Tuned: PERSON 0.940, PHONE 0.991, PASSPORT
// 0.9697, ADDRESS 0.986; 3.734% leaked (351 of 9401).

// heldout791Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout791Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.969, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout791MaxLeak: target 0.005, missed untuned (4.223%), missed tuned (3.734%).
const heldout791MaxLeak = 0.038

func TestHeldout791(t *testing.T) {
	corpusCheck{file: "testdata/heldout791.jsonl", name: "seven-hundred-and-ninety-first held-out corpus", minMessages: 250,
		floors: heldout791Floor, everyType: true, maxLeak: heldout791MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
