package pii

import "testing"

// testdata/heldout170.jsonl is the hundred-and-seventieth held-out file:
// 278 messages (139 Russian, 139 English; 67 without personal data; 538
// gold spans: PERSON 314, PHONE 68, ADDRESS 40, EMAIL 33, IP 17, INN 16,
// PASSPORT 15, CARD 11, BANK_ACCOUNT 11, OGRN 9, SNILS 4), written by hand
// by someone who saw neither the engine nor any other labelled file, while
// the engine was tuned on heldout168 and heldout169. It is the CRM of a
// chain of beauty salons and cosmetology clinics in Moscow, Kazan,
// Yekaterinburg and a London studio: bookings, masters' schedules,
// allergies and consent forms with passports, gift certificates, loyalty
// cards, card payments, refunds and chargebacks, complaints, franchise,
// supplier, lease and payroll papers with requisites, deletion requests.
// Chats, SMS, Instagram and WhatsApp messages, lower-case call transcripts
// (phones said in words), e-mails with headers, quotes, forwards and
// signatures, tablet forms, CSV and pipe schedules, OCR'd passports,
// payment orders, booking, auth and API logs with IPv4 and IPv6. Masters
// by first name and nickname (Kiki, Лиля), diminutives, every case form,
// lower-case names, titles outside; procedures, brands and shades named
// after people («Голливуд», «Анастасия», Estée Lauder, Louboutin, "Grace
// Kelly nude") and names that are also words unlabelled. Negatives:
// booking, certificate, loyalty, receipt, invoice, contract, claim and SKU
// numbers, fiscal data, a licence, a plate, ОМС and ДМС, КПП, БИК, ОКПО,
// correspondent accounts, UK sort codes, masked cards, an IP-shaped
// version, wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.103 (engine
// 1.101.0, commit 2698a13): PASSPORT 0.966 (a bare UK passport number)
// missed its target, PERSON 0.921 (the nickname Kiki, a salon named Bella
// Vita, shades and brands), PHONE 0.985, EMAIL 0.985, IP 0.971 (a router's
// address the writer left unlabelled) and the other types (1.0) met
// theirs; 2.327% of PII characters leaked (185 of 7949: PERSON 114, PHONE
// 58, PASSPORT 9, ADDRESS 4), against the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.104
// (engine 1.102.0), with those of heldout171: Kiki and Olu as first names,
// role titles kept outside the name ("Массажист Айдар"), brows and shades
// named after people («Анастасия»), "Christian Louboutin", "Bella Vita", a
// UK mobile written solid after its label. With rules-2025.104: PERSON
// 0.960, PHONE 0.993, PASSPORT 0.966, EMAIL 0.985, IP 0.971, the others
// 1.0; leak 1.598% (127 of 7949: PERSON 67, PHONE 47, PASSPORT 9, ADDRESS
// 4).

// heldout170Floor guards the tuned level.
var heldout170Floor = map[string]float64{
	TypeBankAccount: 0.99, TypeCard: 0.99, TypeEmail: 0.98, TypeINN: 0.99, TypeIP: 0.97, TypeOGRN: 0.99,
	TypePassport: 0.96, TypePhone: 0.99, TypeSNILS: 0.99, TypeAddress: 0.99, TypePerson: 0.95,
}

// heldout170MaxLeak: target 0.005; 2.327% untuned, 1.598% tuned.
const heldout170MaxLeak = 0.016

func TestHeldout170(t *testing.T) {
	corpusCheck{file: "testdata/heldout170.jsonl", name: "hundred-and-seventieth held-out corpus", minMessages: 250,
		floors: heldout170Floor, everyType: true, maxLeak: heldout170MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
