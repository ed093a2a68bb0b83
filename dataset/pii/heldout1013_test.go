package pii

import "testing"

// testdata/heldout1013.jsonl is the one-thousand-and-thirteenth held-out file:
// 280 messages (140 Russian, 140 English; 65 without personal data; 551 gold
// spans: PERSON 295, ADDRESS 71, PHONE 58, EMAIL 33, PASSPORT 19, IP 19, INN
// 17, BANK_ACCOUNT 12, CARD 10, SNILS 9, OGRN 8), written by hand by someone
// who saw neither the engine nor any other labelled file, while the engine was
// tuned on files up to heldout1012. It is the CRM of a falconry and
// bird-of-prey centre near Ufa with a branch in Almaty: birds for sale and
// rent, falconry shows, exports to the UAE and Qatar, CITES papers, vets,
// trainers, school visits. Its brief asked for chats, lower-case call
// transcripts with numbers said aloud, e-mails, CSV exports and pipe tables,
// logs with IPs, SMS, staff notes, contracts and forms; and for birds named
// like people (сокол Тимур, беркут Батыр, the saker 'Lady') as negatives;
// CITES and ring numbers (negatives); Bashkir, Kazakh and Arab names in every
// case, with al- and bin; buyers in Dubai and Doha with Gulf addresses;
// trainers by first name.
//
// The engine was judged on it once, untuned, with rules-2025.264 (engine
// 1.259.0, commit b1ec0df): PASSPORT 0.848 missed its target; PERSON 0.932,
// ADDRESS 0.941 and the other types (1.0) met theirs; 7.280% of PII characters
// leaked (706 of 9698: ADDRESS 396, PERSON 165, PASSPORT 145), against the
// target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.265
// (engine 1.260.0), with those of the other files from heldout1013 to
// heldout1020: birds of prey named like people after their kind word (беркут
// Батыр, пустельга Соня, the eagle owl Kesha), Arab names and the Kazakh
// greeting "Салем" apart (Хамдан, Хамад бин Джасим аль-Кувари). Left: birds
// named alone in lists and with a trainer's name ("Сокол Тимур", Kesha,
// Almaz), Gulf addresses by villa, street and zone, Kazakh identity cards
// after "ID", passports read out in words. Tuned: PERSON 0.963, ADDRESS 0.941,
// PASSPORT 0.848; 6.661% leaked (646 of 9698).

// heldout1013Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout1013Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.847, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout1013MaxLeak: target 0.005, missed untuned (7.280%), missed tuned (6.661%).
const heldout1013MaxLeak = 0.067

func TestHeldout1013(t *testing.T) {
	corpusCheck{file: "testdata/heldout1013.jsonl", name: "one-thousand-and-thirteenth held-out corpus", minMessages: 250,
		floors: heldout1013Floor, everyType: true, maxLeak: heldout1013MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
