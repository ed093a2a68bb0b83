package pii

import "testing"

// testdata/heldout1014.jsonl is the one-thousand-and-fourteenth held-out file:
// 280 messages (140 Russian, 140 English; 65 without personal data; 566 gold
// spans: PERSON 296, ADDRESS 73, PHONE 59, EMAIL 39, PASSPORT 19, IP 19, INN
// 17, BANK_ACCOUNT 15, CARD 12, SNILS 9, OGRN 8), written by hand by someone
// who saw neither the engine nor any other labelled file, while the engine was
// tuned on files up to heldout1012. It is the CRM of a violin-making and
// string instrument repair workshop in St Petersburg: repairs, rentals for
// students, sales of old instruments, certificates, musicians from orchestras,
// insurance, foreign buyers. Its brief asked for chats, lower-case call
// transcripts with numbers said aloud, e-mails, CSV exports and pipe tables,
// logs with IPs, SMS, staff notes, contracts and forms; and for makers and
// instruments named after people (Страдивари, Гварнери, «скрипка Амати», a
// cello 'Davidov') as negatives; composers and pieces (Чайковский,
// «Паганини-каприс»); musicians by surname in orchestra lists; certificate and
// insurance policy numbers (negatives); foreign buyers from Japan and Germany.
//
// The engine was judged on it once, untuned, with rules-2025.264 (engine
// 1.259.0, commit b1ec0df): PASSPORT 0.944 missed its target; PERSON 0.945,
// ADDRESS 0.986 and the other types (1.0) met theirs; 2.705% of PII characters
// leaked (277 of 10242: ADDRESS 117, PERSON 117, PHONE 25, PASSPORT 18),
// against the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.265
// (engine 1.260.0), with those of the other files from heldout1013 to
// heldout1020: violin makers and Paganini, alone and with their first names
// ("Antonio Stradivari", Amati). Left: labels and brands of makers ("F.N.
// Voirin", "Nicolas Lupot"), a workshop's firm ("Neumann Geigenbau"),
// lower-case names in transcripts. Tuned: PERSON 0.951, ADDRESS 0.986,
// PASSPORT 0.944; 2.705% leaked (277 of 10242).

// heldout1014Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout1014Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.943, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout1014MaxLeak: target 0.005, missed untuned (2.705%), missed tuned (2.705%).
const heldout1014MaxLeak = 0.028

func TestHeldout1014(t *testing.T) {
	corpusCheck{file: "testdata/heldout1014.jsonl", name: "one-thousand-and-fourteenth held-out corpus", minMessages: 250,
		floors: heldout1014Floor, everyType: true, maxLeak: heldout1014MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
