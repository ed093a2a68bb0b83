package pii

import "testing"

// testdata/heldout914.jsonl is the nine-hundred-and-fourteenth held-out
// file: 280 messages (140 Russian, 140 English; 64 without personal data;
// 550 gold spans: PERSON 279, ADDRESS 73, PHONE 59, EMAIL 40, IP 18,
// BANK_ACCOUNT 17, INN 17, PASSPORT 17, CARD 16, OGRN 7, SNILS 7), written
// by hand by someone who saw neither the engine nor any other labelled file,
// while the engine was tuned on files up to heldout908. It is the CRM of a
// cargo and customs broker for Chinese goods in Blagoveshchensk and
// Khabarovsk: shipments from Heihe and Harbin, declarations, Chinese
// suppliers, clients, warehouses, payments. E-mails in English and Russian
// with Chinese suppliers, drivers' chats, lower-case call transcripts, CSV
// shipment lists, pipe tables of payments, contracts, logs with IPs, SMS.
// Chinese names in characters, pinyin and Cyrillic (王伟, Wang Wei, Ван Вэй),
// Chinese addresses, drivers by nickname, phones of China and Russia.
// Negatives: consignment and declaration numbers, a tariff code, famous
// people and characters, a Chinese bank account, numbers with wrong check
// digits.
//
// The engine was judged on it once, untuned, with rules-2025.251 (engine
// 1.246.0, commit 5764c54): PASSPORT 0.938 missed its target (a Chinese
// resident ID's 18 digits); PERSON 0.942, PHONE 0.983, ADDRESS 0.958 and the
// other types (1.0) met theirs; 3.809% of PII characters leaked (374 of
// 9820: PERSON 106, PHONE 25, PASSPORT 36, ADDRESS 207), against the target
// of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.252
// (engine 1.247.0), with those of the other files from heldout909 to
// heldout916: Chinese names in pinyin checked syllable by syllable ("Gao
// Feng", "Ma Xiaoling", "SUN HAO"), a colleague called "老张", a Chinese
// mobile after "phone", and a list item's city before a street named for
// Karl Marx ("Khabarovsk, Karla Marksa 96A-12"). Left: Chinese names in
// pinyin in lower case ("huang jun", "li na"), a Chinese resident ID's 18
// digits, a postcode and a town the tables do not know before the street
// ("675000 Blagoveshchensk, Lenina 135-47"), and a street of an anniversary
// in English ("ul. 40 let Oktyabrya"). Tuned: PERSON 0.957, PHONE 0.992,
// PASSPORT 0.938, ADDRESS 0.966; 2.974% leaked (292 of 9820).

// heldout914Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout914Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.937, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout914MaxLeak: target 0.005, missed untuned (3.809%), missed tuned (2.974%).
const heldout914MaxLeak = 0.03

func TestHeldout914(t *testing.T) {
	corpusCheck{file: "testdata/heldout914.jsonl", name: "nine-hundred-and-fourteenth held-out corpus", minMessages: 250,
		floors: heldout914Floor, everyType: true, maxLeak: heldout914MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
