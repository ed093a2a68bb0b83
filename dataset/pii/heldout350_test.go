package pii

import "testing"

// testdata/heldout350.jsonl is the three-hundred-and-fiftieth held-out
// file: 281 messages (140 Russian, 141 English; 68 without personal data;
// 486 gold spans: PERSON 311, ADDRESS 52, PHONE 51, EMAIL 23, IP 11,
// BANK_ACCOUNT 9, INN 8, PASSPORT 7, CARD 6, OGRN 5, SNILS 3), written by
// hand by someone who saw neither the engine nor any other labelled file,
// while the engine was tuned on files up to heldout347. It is the CRM of a
// furniture factory with showrooms in Moscow, Kazan, Minsk and Almaty:
// custom kitchens and wardrobes, measurements at clients' flats, delivery
// and assembly, defects and warranty claims, instalment applications with
// passports, dealers, foreign designers. Chats, SMS, lower-case call
// transcripts and voicemails, e-mails with headers, quotes and signatures,
// web forms, CSV and pipe tables, CRM, server and firewall logs, OCR'd
// passports. Assemblers by first name, Tatar, Kazakh and Belarusian names,
// every case form. Negatives: furniture models named like people («Мария»,
// «Виктория», sofa "Oliver", "Sofia", "Grace") often beside a person of
// the name, April, Amber and Jan as a month, a colour and a date, a
// firewall's target address, order and claim numbers, КПП, БИК, Kazakh БИН
// and ИИН, wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.164 (engine
// 1.159.0, commit 1b513d2): IP 0.957 missed its target (an internal
// server's address in a firewall line, that the writer left unlabelled);
// ADDRESS 0.990, PERSON 0.944 (furniture models named like people) and the
// other types (1.0) met theirs; 2.012% of PII characters leaked (150 of
// 7457: ADDRESS 101, PERSON 49).
//
// It is no longer held out: its misses were read for rules-2025.165 (engine
// 1.160.0), with those of heldout348 to heldout351, and none was tuned for:
// its furniture models named like people (кухня «Мария», sofa "Oliver") have
// no word that tells them apart from the people of the names beside them.
// Tuned: as untuned; 2.012% leaked (150 of 7457).

// heldout350Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout350Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.95, TypeOGRN: 0.97,
	TypePassport: 0.97, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout350MaxLeak: target 0.005, missed untuned (2.012%), missed tuned (2.012%).
const heldout350MaxLeak = 0.021

func TestHeldout350(t *testing.T) {
	corpusCheck{file: "testdata/heldout350.jsonl", name: "three-hundred-and-fiftieth held-out corpus", minMessages: 250,
		floors: heldout350Floor, everyType: true, maxLeak: heldout350MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
