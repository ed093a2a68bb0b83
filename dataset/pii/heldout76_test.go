package pii

import "testing"

// testdata/heldout76.jsonl is the seventy-sixth held-out file: 267
// messages (136 Russian, 131 English; 52 without personal data; 558 gold
// spans: PERSON 325, PHONE 56, EMAIL 40, ADDRESS 24, INN 21, PASSPORT 21,
// BANK_ACCOUNT 15, IP 15, CARD 14, SNILS 14, OGRN 13), written by hand by
// someone who saw neither the engine nor any other labelled file, while
// the engine was tuned on heldout74 and heldout75. It is the CRM of a ski
// resort and its equipment rental: ski and season passes with photos,
// instructors and private lessons, rental deposits and damage claims,
// chalet and hotel bookings, the medical post and the slope patrol, lost
// children and lost property, school and company groups, foreign guests
// (UK, US, EU, China, the Gulf, Israel, Serbia, Kazakhstan), seasonal
// staff's HR and payroll. Chats, letters and claims, e-mails with
// signatures and quoted replies, lower-case call transcripts, notices,
// requisites, lists and forms. Names in every case, diminutives, lower
// case, initials either side (the final dot outside), Latin capitals in
// passport forms, Serbian Cyrillic, Chinese names, families ("the
// Jacksons"), "Tanaka-san", one-word signatures; titles outside. Negatives:
// "Вера в успех", "Слава богу", "Лада Веста", a name on a phone case, the
// ski run «Людмила», sledges «Лев» and «Ева-2», "Mark my words", "Will
// you", "there's hope", "grace period", Victoria the city, ski brands,
// hotels and firms; order, contract, invoice, claim and act numbers, ski
// passes and access cards, ОМС and travel insurance policies, a fiscal
// drive, КПП, ОКПО, БИК, correspondent accounts, masked cards, versions
// shaped like IPs, private servers' addresses in maintenance notes, a
// plate, and card, INN and SNILS numbers with a wrong check digit.
//
// The engine was judged on it once, untuned, with rules-2025.44 (engine
// 1.42.0, commit 13022b8): every identifier type but IP 1.0, ADDRESS 0.979,
// PERSON 0.966 (targets met); IP 0.9375 (two false alarms: servers'
// addresses the writer left unlabelled) misses its target; 2.060% of PII
// characters leaked (170 of 8253: PERSON 115, ADDRESS 55), against the
// target of 0.5%.
//
// It is no longer held out: after that run its misses (with heldout77's)
// drove rules-2025.45 (engine 1.43.0). With rules-2025.45: every type 1.0
// but IP 0.9375 (the two servers' addresses), ADDRESS 0.979 (a Norwegian
// address, "Karl Johans gate 12, 0154 Oslo") and PERSON 0.972 (misses:
// names in Latin capitals, "MÜLLER Thomas", "LI WEI", surnames alone in
// English notes); leak 1.793% (148 of 8253: PERSON 93, ADDRESS 55).

// heldout76Floor guards the tuned level.
var heldout76Floor = map[string]float64{
	TypeBankAccount: 0.99, TypeCard: 0.99, TypeEmail: 0.99, TypeINN: 0.99, TypeOGRN: 0.99, TypePassport: 0.99,
	TypePhone: 0.99, TypeSNILS: 0.99, TypeIP: 0.93, TypeAddress: 0.97, TypePerson: 0.97,
}

// heldout76MaxLeak: target 0.005; 2.060% untuned, 1.793% tuned.
const heldout76MaxLeak = 0.018

func TestHeldout76(t *testing.T) {
	corpusCheck{file: "testdata/heldout76.jsonl", name: "seventy-sixth held-out corpus", minMessages: 250,
		floors: heldout76Floor, everyType: true, maxLeak: heldout76MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
