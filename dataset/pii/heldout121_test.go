package pii

import "testing"

// testdata/heldout121.jsonl is the hundred-and-twenty-first held-out file:
// 280 messages (140 Russian, 140 English; 64 without personal data; 514
// gold spans: PERSON 271, ADDRESS 77, PHONE 42, EMAIL 33, IP 20, INN 15,
// CARD 12, PASSPORT 12, BANK_ACCOUNT 11, OGRN 11, SNILS 10), written by
// hand by someone who saw neither the engine nor any other labelled file,
// while the engine was tuned on heldout116 to heldout119. It is the CRM of
// a regional utilities company (water, heating, electricity, gas
// servicing): meter readings, bills and debts, disconnection warnings,
// card payments and refunds, subsidies and benefits (SNILS), ownership
// changes and passports, repair requests, accidents and floods, complaints
// about workers, requisites of management companies, homeowners'
// associations and contractors, deletion requests. Chats, lower-case call
// transcripts, e-mails with headers, quotes, forwards and signatures,
// forms, CSV and pipe tables, OCR'd receipts and letters with OCR errors,
// portal, billing, gateway and dispatcher logs, SMS templates. Names in
// every case, diminutives, lower-case names, patronymics alone, initials
// before and after the surname, workers by first name, owners and tenants
// sharing a surname, names that are also words both ways (Вера, Надежда,
// Любовь, Слава, Роман, Лев, Hope, Will, Mark, Victoria). Addresses with
// корпус, подъезд, этаж, квартира, помещение or комната, streets named
// after people, seven spoken addresses, English and UK addresses.
// Negatives: personal account, meter, seal and bill numbers, invoice,
// claim, contract, court and ticket numbers, tracking numbers, SKUs, VINs,
// plates, ОМС, cadastral numbers, КПП, БИК, ОКПО, ОКТМО, correspondent
// accounts, IP-shaped versions, masked cards, numbers with a wrong check
// digit.
//
// The engine was judged on it once, untuned, with rules-2025.70 (engine
// 1.68.0, commit 4d49380): ADDRESS 0.967, PERSON 0.978, IP 0.976, the
// others 1.0 (targets met) but PHONE 0.944 (ten-digit personal account
// numbers in a CSV's account column read as phones); 1.853% of PII characters
// leaked (158 of 8525: ADDRESS 121, PERSON 37; spoken addresses in call
// transcripts), against the target of 0.5%.
//
// It is no longer held out: after that run its misses (with heldout120's)
// drove rules-2025.71 (engine 1.69.0): the first field of a CSV line takes
// its header only as context, not the other columns' names ("account,name,
// phone" … "3307715535,…"), "acct" before an account number, a meter's
// seven digits after "SMS:", a range of houses is nobody's address ("дома
// 1–15 по ул. Лермонтова"). With rules-2025.71: ADDRESS 0.974 (spoken
// addresses), PERSON 0.980, PHONE 0.988, the others 1.0; leak 1.853% (158
// of 8525: ADDRESS 121, PERSON 37).

// heldout121Floor guards the tuned level.
var heldout121Floor = map[string]float64{
	TypeBankAccount: 0.99, TypeCard: 0.99, TypeEmail: 0.99, TypeINN: 0.99, TypeIP: 0.99, TypeOGRN: 0.99,
	TypePassport: 0.99, TypePhone: 0.98, TypeSNILS: 0.99, TypeAddress: 0.97, TypePerson: 0.97,
}

// heldout121MaxLeak: target 0.005; 1.853% untuned and tuned.
const heldout121MaxLeak = 0.019

func TestHeldout121(t *testing.T) {
	corpusCheck{file: "testdata/heldout121.jsonl", name: "hundred-and-twenty-first held-out corpus", minMessages: 250,
		floors: heldout121Floor, everyType: true, maxLeak: heldout121MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
