package pii

import "testing"

// testdata/heldout296.jsonl is the two-hundred-and-ninety-sixth held-out
// file: 280 messages (140 Russian, 140 English; 60 without personal data;
// 502 gold spans: PERSON 275, PHONE 56, EMAIL 55, IP 22, ADDRESS 22, INN
// 19, PASSPORT 16, OGRN 12, BANK_ACCOUNT 11, CARD 9, SNILS 5), written by
// hand by someone who saw neither the engine nor any other labelled file,
// while the engine was tuned on heldout284 to heldout295.
// It is the CRM of a coworking and serviced-office operator in Moscow, St
// Petersburg, Novosibirsk and Tbilisi: desk and office leases, the
// legal-address service, requisites, access cards, guest passes, lockers,
// room bookings, mail and parcel reception, invoices, refunds, complaints,
// deletion requests. Chats, SMS, lower-case call transcripts, e-mails with
// headers, quotes, forwards and signatures, web forms, CSV and pipe
// resident and access tables, access-control, Wi-Fi, DHCP, firewall and VPN
// logs, OCR'd Russian and foreign passports (Georgian, Turkish, German, UK,
// Dutch). Georgian names, initials, names in capitals, names in device
// hostnames, every case form, names that are also words used both ways.
// Negatives: meeting rooms named after scientists, "Mark Twain
// Consulting", Hope Street, booking, pass and locker numbers, MACs,
// firmware versions shaped like IPs, ОМС, КПП, БИК, ОКПО, masked cards,
// foreign VAT ids, wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.151 (engine
// 1.146.0, commit 8b3afcb): IP 0.936 (a firewall's internal destinations,
// 10.0.0.5, left unlabelled by the writer, were reported) and PASSPORT
// 0.968 (a Georgian "13АВ47712" written with Cyrillic letters) missed
// their targets; PERSON 0.956 and the other types (1.0) met theirs; 0.550%
// of PII characters leaked (42 of 7637: PERSON 33, PASSPORT 9), just above
// the target of 0.5%.
//
// It is no longer held out: its misses were read with those of heldout296 to
// heldout299 for rules-2025.152 (engine 1.147.0), but none drove a rule.
// With rules-2025.152: as untuned; 0.550% leaked (42 of 7637).

// heldout296Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout296Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.93, TypeOGRN: 0.97,
	TypePassport: 0.96, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout296MaxLeak: target 0.005, missed untuned (0.550%), missed tuned (0.550%).
const heldout296MaxLeak = 0.006

func TestHeldout296(t *testing.T) {
	corpusCheck{file: "testdata/heldout296.jsonl", name: "two-hundred-and-ninety-sixth held-out corpus", minMessages: 250,
		floors: heldout296Floor, everyType: true, maxLeak: heldout296MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
