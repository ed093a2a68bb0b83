package pii

import "testing"

// testdata/heldout109.jsonl is the hundred-and-ninth held-out file: 282
// messages (138 Russian, 144 English; 59 without personal data; 574 gold
// spans: PERSON 339, PHONE 69, ADDRESS 39, EMAIL 35, IP 24, PASSPORT 17,
// INN 15, CARD 14, BANK_ACCOUNT 10, OGRN 7, SNILS 5), written by hand by
// someone who saw neither the engine nor any other labelled file, while the
// engine was tuned on heldout106 and heldout107. It is the CRM of a chain
// of fitness clubs, pools and spas in Moscow, Kazan, Krasnodar, Sochi and
// Minsk: membership freezes and transfers, trainers' schedules, children's
// swimming groups with parents, pool certificates, spa bookings, lost and
// found, incidents and injuries, corporate memberships with requisites,
// trainers' contracts and payout registers, instalments, refunds,
// complaints, reviews, consents, deletion requests, a data-breach note.
// Staff chats, lower-case call transcripts, e-mails with headers, quotes,
// forwards and signatures, web forms, CSV and pipe tables, OCR'd scans
// with letters for digits, turnstile, payment, booking and admin logs.
// Names in every case form, diminutives and vocatives (Саш, Лёш, Оль),
// patronymic alone, initials, lower case; names that are also words or
// class names both ways (Вера, Надежда, Любовь, Grace, Hope, Joy, Will,
// Faith, Zumba, Grace Yoga); Belarusian names and addresses, expats'
// phones, addresses and passports. Clubs' addresses inside malls (ТЦ,
// этаж, павильон), legal addresses, UK and US layouts. Negatives:
// contract, membership, locker and card-key numbers, ОМС, sick-leave
// certificates, RRN and ARN, КПП, БИК, ОКПО, УНП, correspondent accounts,
// plates, VINs, masked cards, IP-shaped firmware and app versions, numbers
// with a wrong check digit.
//
// The engine was judged on it once, untuned, with rules-2025.64 (engine
// 1.62.0, commit 2535687): ADDRESS 0.935, PERSON 0.966, BANK_ACCOUNT,
// CARD, EMAIL, INN, OGRN, PHONE and SNILS 1.0 (targets met); IP 0.939 (an
// app version read twice as an address, an internal address missed) and
// PASSPORT 0.938 (an OCR'd passport with a letter for a digit, a
// nine-digit foreign one) miss their targets; 3.330% of PII characters
// leaked (292 of 8770: ADDRESS 166, PERSON 90, PASSPORT 27, IP 9),
// against the target of 0.5%.
//
// It is no longer held out: after that run its misses (with heldout108's)
// drove rules-2025.65 (engine 1.63.0): "fw" before a version, a load
// balancer's address. With rules-2025.65: IP 1.0, PASSPORT 0.938 (an OCR'd
// passport with a letter for a digit, a nine-digit foreign one after
// another's), the other types as before; leak 3.227% (283 of 8770:
// ADDRESS 166, PERSON 90, PASSPORT 27).

// heldout109Floor guards the tuned level.
var heldout109Floor = map[string]float64{
	TypeBankAccount: 0.99, TypeCard: 0.99, TypeEmail: 0.99, TypeINN: 0.99, TypeIP: 0.99, TypeOGRN: 0.99,
	TypePassport: 0.93, TypePhone: 0.99, TypeSNILS: 0.99, TypeAddress: 0.93, TypePerson: 0.96,
}

// heldout109MaxLeak: target 0.005; 3.330% untuned, 3.227% tuned.
const heldout109MaxLeak = 0.033

func TestHeldout109(t *testing.T) {
	corpusCheck{file: "testdata/heldout109.jsonl", name: "hundred-and-ninth held-out corpus", minMessages: 250,
		floors: heldout109Floor, everyType: true, maxLeak: heldout109MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
