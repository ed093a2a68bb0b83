package pii

import "testing"

// testdata/heldout983.jsonl is the nine-hundred-and-eighty-third held-out
// file: 280 messages (140 Russian, 140 English; 64 without personal data; 568
// gold spans: PERSON 297, ADDRESS 73, PHONE 60, EMAIL 39, IP 20, PASSPORT 18,
// INN 18, BANK_ACCOUNT 15, CARD 12, SNILS 8, OGRN 8), written by hand by
// someone who saw neither the engine nor any other labelled file, while the
// engine was tuned on files up to heldout980. It is the CRM of a hippodrome
// and horse racing club in Pyatigorsk: owners and jockeys, stud fees, race
// entries, betting desk complaints, vets and grooms, a buyer from Kazakhstan
// and one from the UAE. Its brief asked for chats, lower-case call transcripts
// with numbers said aloud, e-mails, CSV exports and pipe tables, logs with
// IPs, SMS, staff notes, contracts and forms; horses named like people
// (Графиня, Султан, Lady Grace) left unlabelled beside owners and jockeys who
// are labelled, jockeys by surname in race cards, Arabic and Kazakh names.
// Negatives: horses' microchip and passport numbers.
//
// The engine was judged on it once, untuned, with rules-2025.260 (engine
// 1.255.0, commit a7d0510): PERSON 0.913 missed its target (racehorses named
// like people taken for people (Султан, Тамерлан, Казбек, Дон Хуан, Grace));
// ADDRESS 0.937 and the other types (1.0) met theirs; 4.208% of PII characters
// leaked (450 of 10695: ADDRESS 372, PERSON 78), against the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.262
// (engine 1.257.0), with those of the other files from heldout981 to
// heldout996: a block after the house ("ул. Ипподромная, 1, административный
// корпус, каб. 105"). Left: horses named like people (Султан, Тамерлан, Lady
// Grace, Desert Rose) in programmes, results and logs, jockeys by surname
// alone in tables, nicknames, hotels before their address. Tuned: PERSON
// 0.913, ADDRESS 0.951; 3.880% leaked (415 of 10695).

// heldout983Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout983Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.97, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.911,
}

// heldout983MaxLeak: target 0.005, missed untuned (4.208%), missed tuned (3.880%).
const heldout983MaxLeak = 0.039

func TestHeldout983(t *testing.T) {
	corpusCheck{file: "testdata/heldout983.jsonl", name: "nine-hundred-and-eighty-third held-out corpus", minMessages: 250,
		floors: heldout983Floor, everyType: true, maxLeak: heldout983MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
