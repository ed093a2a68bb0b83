package pii

import "testing"

// testdata/heldout179.jsonl is the hundred-and-seventy-ninth held-out file:
// 277 messages (139 Russian, 138 English; 59 without personal data; 589
// gold spans: PERSON 306, PHONE 71, EMAIL 51, ADDRESS 51, PASSPORT 37, IP
// 26, INN 18, CARD 16, BANK_ACCOUNT 14, OGRN 9, SNILS 5), written by hand
// by someone who saw neither the engine nor any other labelled file, while
// the engine was tuned on heldout176 and heldout177. It is the CRM of a
// startup accelerator and coworking space in Tbilisi and Yerevan for
// Russian-speaking founders: memberships, company and sole-trader
// registration in Georgia and Armenia, bank accounts, visa runs, investor
// meetings and demo days, mentors, events, refunds and complaints,
// deletion requests, Russian parent companies' requisites. Chats, Telegram
// and SMS, lower-case call transcripts, e-mails with headers, quotes,
// forwards and signatures, web forms, CSV, pipe and semicolon tables,
// OCR'd passports with machine-readable lines, a boarding pass,
// access-control, Wi-Fi, VPN and firewall logs. Georgian and Armenian
// names in Latin and Cyrillic (-швили, -дзе, -ян), every case form,
// diminutives, lower-case names, titles outside; startups, rooms, venues,
// streets and metro stations named after people and names that are also
// words unlabelled. Negatives: invoice, ticket, order, claim, membership
// and request numbers, tracking numbers, VINs, plates, КПП, БИК, ОКПО,
// correspondent accounts, ОМС, Georgian personal and Armenian
// public-service numbers, masked cards, IP-shaped versions and builds,
// wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.108 (engine
// 1.106.0, commit 7e83c04): every type met its F1 target (PERSON 0.955,
// PHONE 0.986: Georgian mobiles without their code, EMAIL 0.971: the
// hub's own addresses, which the writer left unlabelled against the
// brief, the others 1.0); 1.086% of PII characters leaked (98 of 9023:
// PERSON 60, PHONE 24, ADDRESS 8, PASSPORT 6), against the target of 0.5%.
//
// It is no longer held out: after that run its false alarms drove a few
// rules of rules-2025.109 (engine 1.107.0), with the misses of
// heldout178: "Нидерланды", "Glovo", "Leo Robotics". With rules-2025.109:
// PERSON 0.961, PHONE 0.986, EMAIL 0.971, the others 1.0; leak unchanged
// at 1.086%.

// heldout179Floor guards the tuned level.
var heldout179Floor = map[string]float64{
	TypeBankAccount: 0.99, TypeCard: 0.99, TypeEmail: 0.97, TypeINN: 0.99, TypeIP: 0.99, TypeOGRN: 0.99,
	TypePassport: 0.99, TypePhone: 0.98, TypeSNILS: 0.99, TypeAddress: 0.99, TypePerson: 0.96,
}

// heldout179MaxLeak: target 0.005; 1.086% untuned and tuned.
const heldout179MaxLeak = 0.011

func TestHeldout179(t *testing.T) {
	corpusCheck{file: "testdata/heldout179.jsonl", name: "hundred-and-seventy-ninth held-out corpus", minMessages: 250,
		floors: heldout179Floor, everyType: true, maxLeak: heldout179MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
