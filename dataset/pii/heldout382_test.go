package pii

import "testing"

// testdata/heldout382.jsonl is the three-hundred-and-eighty-second held-
// out file: 280 messages (141 Russian, 139 English; 66 without personal
// data; 547 gold spans: PERSON 295, ADDRESS 63, PHONE 58, EMAIL 41, IP 34,
// PASSPORT 13, INN 12, BANK_ACCOUNT 9, CARD 9, OGRN 8, SNILS 5), written
// by hand by someone who saw neither the engine nor any other labelled
// file, while the engine was tuned on files up to heldout375. It is the
// CRM of a smart-home and IoT company (cameras, locks, thermostats, hubs)
// with installers in Moscow, Kazan, Yekaterinburg and Almaty: installation
// orders and schedules, pairing and Wi-Fi problems, cloud account
// recovery, footage requests, firmware notices, refunds, business clients,
// access and deletion requests under 152-FZ and GDPR, expats. Chats,
// lower-case call transcripts, e-mails with headers, quotes and
// signatures, web forms, SMS, pipe, CSV and semicolon schedules and
// exports, hub, camera, cloud and lock logs, OCR'd passports, contracts
// and installers' acts. Devices named after family members ("Tom's iPad",
// «Телефон Лёши», «Дашин телефон»), every case form, names that are also
// words used both ways. Negatives: voice assistants (Алиса, Маруся, Alexa,
// Siri), kinship words, device names (Кухня, Kids room), MACs beside IPv6,
// zigbee EUI-64 addresses, IP-shaped firmware versions, serials, БИН,
// masked cards, КПП, БИК, wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.169 (engine
// 1.164.0, commit 6297244): IP 0.958 missed its target (three zigbee
// EUI-64 addresses, "00:15:8D:00:04:A1:7C:33", read as IPv6); ADDRESS
// 0.992, PERSON 0.949 and the other types (1.0) met theirs; 1.002% of PII
// characters leaked (83 of 8282: PERSON 71, ADDRESS 12).
//
// It is no longer held out: after that run its misses drove rules-2025.170
// (engine 1.165.0), with those of the other files from heldout376 to
// heldout383: a Zigbee EUI-64 is no IPv6 address; voice assistants given
// commands in quotes ("«Маруся, открой замок»"). Tuned: IP 1.0 (now met),
// PERSON 0.952, ADDRESS 0.992; 1.002% leaked (83 of 8282).

// heldout382Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout382Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.97, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout382MaxLeak: target 0.005, missed untuned (1.002%), missed tuned (1.002%).
const heldout382MaxLeak = 0.011

func TestHeldout382(t *testing.T) {
	corpusCheck{file: "testdata/heldout382.jsonl", name: "three-hundred-and-eighty-second held-out corpus", minMessages: 250,
		floors: heldout382Floor, everyType: true, maxLeak: heldout382MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
