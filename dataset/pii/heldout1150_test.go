package pii

import "testing"

// testdata/heldout1150.jsonl is the one-thousand-one-hundred-and-fiftieth
// held-out file: 280 messages (140 Russian, 140 English; 65 without personal
// data; 566 gold spans: PERSON 297, ADDRESS 74, PHONE 59, EMAIL 39, PASSPORT
// 19, IP 19, INN 17, BANK_ACCOUNT 14, CARD 12, SNILS 8, OGRN 8), written by
// hand by someone who saw neither the engine nor any other labelled file,
// while the engine was tuned on files up to heldout1140. It is the CRM of an
// air-conditioning and ventilation installer in Krasnodar and Novorossiysk:
// site surveys in flats and offices, installations, refilling, seasonal
// servicing, warranty repairs, crews and subcontractors, payments. Its brief
// asked for chats, lower-case call transcripts with numbers said aloud,
// e-mails, CSV exports and pipe tables, logs with IPs, SMS, staff notes,
// contracts and forms; and for model and serial numbers, refrigerant and unit
// codes as negatives; installers by nickname (Кондей, Фреон, Седой); addresses
// with floors, balconies, facades and entrance codes; addresses said aloud in
// transcripts; Armenian, Adyghe and Greek names in every case.
//
// The engine was judged on it once, untuned, with rules-2025.280 (engine
// 1.275.0, commit c936ad9): PASSPORT 0.944 missed its target; PERSON 0.935,
// ADDRESS 0.986 and the other types (1.0) met theirs; 3.870% of PII characters
// leaked (391 of 10103: PERSON 236, ADDRESS 137, PASSPORT 18), against the
// target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.282
// (engine 1.277.0), with those of the other files from heldout1149 to
// heldout1156: a worker named by his nickname after his trade (монтажник
// Фреон). Left: installers' nicknames that are words elsewhere (Кондей, Фреон,
// Kondey), Pontic Greek surnames after prepositions (у Пилиди, с Иорданиди,
// Саввиди), Uzbek passports after the country in a list (FA2283617). Tuned:
// PERSON 0.936, ADDRESS 0.993, PASSPORT 0.944; 2.722% leaked (275 of 10103).

// heldout1150Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout1150Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.943, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout1150MaxLeak: target 0.005, missed untuned (3.870%), missed tuned (2.722%).
const heldout1150MaxLeak = 0.028

func TestHeldout1150(t *testing.T) {
	corpusCheck{file: "testdata/heldout1150.jsonl", name: "one-thousand-one-hundred-and-fiftieth held-out corpus", minMessages: 250,
		floors: heldout1150Floor, everyType: true, maxLeak: heldout1150MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
