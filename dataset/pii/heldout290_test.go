package pii

import "testing"

// testdata/heldout290.jsonl is the two-hundred-and-ninetieth held-out
// file: 276 messages (139 Russian, 137 English; 59 without personal data;
// 617 gold spans: PERSON 331, PHONE 80, EMAIL 57, ADDRESS 33, IP 25,
// PASSPORT 23, INN 21, CARD 18, BANK_ACCOUNT 13, OGRN 9, SNILS 7), written
// by hand by someone who saw neither the engine nor any other labelled
// file, while the engine was tuned on heldout280 to heldout283.
// It is the CRM of a regional theatre and philharmonic box office in
// Yekaterinburg, Perm, Chelyabinsk and Tyumen: ticket orders and
// subscriptions, refunds and chargebacks, school group bookings with
// teacher and pupil lists, touring and artist contracts, lost property,
// complaints, deletion requests. Chats, SMS, lower-case call transcripts,
// e-mails with headers, quotes, forwards and signatures, web forms, CSV and
// pipe group lists, seating plans, crew lists and payroll, OCR'd
// passports, contract parties, requisites, box-office, gateway and login
// logs with IPv4 and IPv6; foreign spectators, agents and artists in
// English. Characters and composers next to spectators of the same names
// (Онегин, Ларина, Чайковский), name and patronymic, every case form,
// diminutives, names that are also words used both ways. Negatives:
// agencies, halls named after people, order, ticket, contract and claim
// numbers, plates, ОМС, КПП, БИК, ОКПО, RRN, masked cards, versions shaped
// like IPs, wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.150 (engine
// 1.145.0, commit e4f3503): every F1 target met (PERSON 0.950: characters
// and operas read as people, "Carmen", "Boris Godunov", "Tatiana";
// ADDRESS 0.985; the other types 1.0); 0.353% of PII characters leaked (34
// of 9640, all PERSON): the leak target of 0.5% met too.
//
// It is no longer held out: after that run its misses drove rules-2025.151
// (engine 1.146.0), with those of the other files from heldout284 to
// heldout295: an ambassador's title kept out of the name ("Ambassador
// Hughes"). Tuned: as untuned; 0.353% leaked (34 of 9640).

// heldout290Floor holds the tuned figures: the targets, all met.
var heldout290Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.97, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout290MaxLeak: target 0.005, met untuned (0.353%), met tuned (0.353%).
const heldout290MaxLeak = 0.004

func TestHeldout290(t *testing.T) {
	corpusCheck{file: "testdata/heldout290.jsonl", name: "two-hundred-and-ninetieth held-out corpus", minMessages: 250,
		floors: heldout290Floor, everyType: true, maxLeak: heldout290MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
