package pii

import "testing"

// testdata/heldout177.jsonl is the hundred-and-seventy-seventh held-out
// file: 283 messages (146 Russian, 137 English; 58 without personal data;
// 492 gold spans: PERSON 301, PHONE 61, EMAIL 32, ADDRESS 24, PASSPORT 17,
// CARD 14, INN 13, IP 11, BANK_ACCOUNT 10, OGRN 6, SNILS 3), written by
// hand by someone who saw neither the engine nor any other labelled file,
// while the engine was tuned on heldout174 and heldout175. It is the CRM
// of a medical-tourism clinic in Istanbul (hair transplants, dental
// implants, plastic surgery) for Russian, Kazakh and English-speaking
// patients: consultations, treatment plans, card deposits, flights, hotel
// vouchers, airport pick-ups, interpreters, post-operative care,
// complaints, refunds and chargebacks, Russian partner agencies with
// requisites, deletion requests. Chats, WhatsApp and SMS, lower-case call
// and voicemail transcripts, e-mails with headers, quotes, forwards and
// signatures, forms, CSV and pipe tables of arrivals and drivers, OCR'd
// Russian and US passports, website, portal, server and antifraud logs.
// Turkish addresses (Mahallesi, Caddesi, No:, Daire, Kat, Şişli/İstanbul)
// and Turkish names with ç ğ ı ö ş ü, Kazakh names, every case form,
// "SURNAME/GIVEN MR", titles outside ("Op. Dr.", Hanım); clinics, hotels
// and an airport named after people, "Hollywood smile", "липофилинг по
// Коулману" and names that are also words unlabelled. Negatives: plan,
// invoice, booking, PNR, voucher, claim, chargeback, tracking and
// transaction numbers, a VIN, Turkish plates, a Turkish IBAN, ОМС, КПП,
// БИК, ОКПО, correspondent accounts, masked cards, IP-shaped builds,
// loopback and private addresses in health and gateway logs, wrong check
// digits.
//
// The engine was judged on it once, untuned, with rules-2025.107 (engine
// 1.105.0, commit 5e54c45): IP 0.957 (a gateway's private address the
// writer left unlabelled) missed its target, PERSON 0.961, PHONE 0.992 and
// the other types (1.0) met theirs; 1.494% of PII characters leaked (105
// of 7026: PERSON 90, PHONE 15), against the target of 0.5%.
//
// It is no longer held out: after that run its false alarms drove
// rules-2025.108 (engine 1.106.0), with the misses of heldout176: the
// Turkish surgeon's title "Op. Dr.", a coordinator's and an interpreter's
// role outside the name ("Координатор Дильназ"), "Arslan Hair". With
// rules-2025.108: PERSON 0.970, IP 0.957, PHONE 0.992, the others 1.0;
// leak unchanged at 1.494%.

// heldout177Floor guards the tuned level.
var heldout177Floor = map[string]float64{
	TypeBankAccount: 0.99, TypeCard: 0.99, TypeEmail: 0.99, TypeINN: 0.99, TypeIP: 0.95, TypeOGRN: 0.99,
	TypePassport: 0.99, TypePhone: 0.99, TypeSNILS: 0.99, TypeAddress: 0.99, TypePerson: 0.96,
}

// heldout177MaxLeak: target 0.005; 1.494% untuned and tuned.
const heldout177MaxLeak = 0.015

func TestHeldout177(t *testing.T) {
	corpusCheck{file: "testdata/heldout177.jsonl", name: "hundred-and-seventy-seventh held-out corpus", minMessages: 250,
		floors: heldout177Floor, everyType: true, maxLeak: heldout177MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
