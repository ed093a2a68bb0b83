package pii

import "testing"

// testdata/heldout988.jsonl is the nine-hundred-and-eighty-eighth held-out
// file: 280 messages (140 Russian, 140 English; 64 without personal data; 567
// gold spans: PERSON 293, ADDRESS 74, PHONE 59, EMAIL 39, PASSPORT 20, IP 20,
// INN 18, BANK_ACCOUNT 15, CARD 13, SNILS 8, OGRN 8), written by hand by
// someone who saw neither the engine nor any other labelled file, while the
// engine was tuned on files up to heldout980. It is the CRM of a reptile and
// exotic pet shop and reptile veterinary clinic in Yekaterinburg: snakes,
// lizards and turtles sold and treated, feeding subscriptions, CITES papers,
// breeders, couriers, a breeder from Poland. Its brief asked for chats,
// lower-case call transcripts with numbers said aloud, e-mails, CSV exports
// and pipe tables, logs with IPs, SMS, staff notes, contracts and forms;
// animals named like people (питон Борис, геккон Маша, a tortoise Mr. Smith)
// left unlabelled beside owners who are labelled, species in Latin, breeders
// by surname, lower-case names in calls. Negatives: CITES and chip numbers.
//
// The engine was judged on it once, untuned, with rules-2025.260 (engine
// 1.255.0, commit a7d0510): PERSON 0.902 missed its target (pets named like
// people taken for people (питон Борис, геккон Маша, the tortoise Mr. Smith));
// CARD 0.960 missed its target (a card number without spaces in brackets
// missed); ADDRESS 0.959 and the other types (1.0) met theirs; 2.610% of PII
// characters leaked (278 of 10650: ADDRESS 166, PERSON 96, CARD 16), against
// the target of 0.5%.
//
// It is no longer held out: after that run one of its misses drove
// rules-2025.261 (engine 1.256.0), with two of heldout986: a card number after
// an order's number in brackets ("order 51601 (4975836210814489)"). Left: pets
// named like people without their kind word and in tables (Борис, Маша, Mr.
// Smith the tortoise), breeders' surnames alone, lower-case names in calls and
// addresses said aloud. Tuned: CARD 1.0 (now met), PERSON 0.902, ADDRESS
// 0.959; 2.460% leaked (262 of 10650).
//
// Its misses then also drove rules-2025.262 (engine 1.257.0), with those of
// the other files from heldout981 to heldout996: pets named like people in
// quotes after their species (Python regius «Борис», Pogona vitticeps «Зоя»).
// Left: pets named like people without their species word (геккон Маша, питон
// Борис in chats), lower-case names in transcripts, breeders by surname alone,
// an address split by "Сакко и Ванцетти". Tuned: PERSON 0.912, ADDRESS 0.959;
// 1.972% leaked (210 of 10650).

// heldout988Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout988Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.97, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.911,
}

// heldout988MaxLeak: target 0.005, missed untuned (2.610%), missed tuned (1.972%).
const heldout988MaxLeak = 0.02

func TestHeldout988(t *testing.T) {
	corpusCheck{file: "testdata/heldout988.jsonl", name: "nine-hundred-and-eighty-eighth held-out corpus", minMessages: 250,
		floors: heldout988Floor, everyType: true, maxLeak: heldout988MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
