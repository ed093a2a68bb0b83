package pii

import "testing"

// testdata/heldout806.jsonl is the eight-hundred-and-sixth held-out file:
// 280 messages (140 Russian, 140 English; 63 without personal data; 507 gold
// spans: PERSON 266, ADDRESS 68, PHONE 54, EMAIL 38, IP 17, PASSPORT 17, INN
// 13, CARD 11, BANK_ACCOUNT 10, OGRN 7, SNILS 6), written by hand by someone
// who saw neither the engine nor any other labelled file, while the engine
// was tuned on files up to heldout804. It is the CRM of a paintball and
// airsoft club in Yekaterinburg and Chelyabinsk: games, corporate events,
// equipment rental, injuries, team captains, waivers. Booking forms, chats
// of team captains, lower-case call transcripts, e-mails with HR, CSV team
// rosters with callsigns, pipe tables of rentals, waivers with passports,
// logs with IPs, SMS. Players known by callsigns ("Кобра", "Ghost", "Бур"),
// minors with their parents, injuries, playing fields at a highway's
// kilometre post, names in all their cases. Negatives: team names, famous
// people, streets without their houses, IPv6 beside MAC addresses, numbers
// with wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.237 (engine
// 1.232.0, commit ef658c2): PERSON 0.887 missed its target (players'
// callsigns in chats and rosters missed); PHONE 0.981, ADDRESS 0.9697 and
// the other types (1.0) met theirs; 7.163% of PII characters leaked (610 of
// 8516: PERSON 252, PHONE 120, ADDRESS 238), against the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.238
// (engine 1.233.0), with those of the other files from heldout805 to
// heldout812: callsigns in the first column under "callsign". Left: players
// known only by callsign in chats and rosters, playing fields at a highway's
// kilometre with no building, and a town named like a surname. Tuned: PERSON
// 0.893, PHONE 0.981, ADDRESS 0.970; 6.975% leaked (594 of 8516).

// heldout806Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout806Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.97, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.893,
}

// heldout806MaxLeak: target 0.005, missed untuned (7.163%), missed tuned (6.975%).
const heldout806MaxLeak = 0.07

func TestHeldout806(t *testing.T) {
	corpusCheck{file: "testdata/heldout806.jsonl", name: "eight-hundred-and-sixth held-out corpus", minMessages: 250,
		floors: heldout806Floor, everyType: true, maxLeak: heldout806MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
