package pii

import "testing"

// testdata/heldout36.jsonl is the thirty-sixth held-out file: 256 messages
// (129 Russian, 127 English; 64 without personal data; 467 gold spans:
// PERSON 231, PHONE 49, ADDRESS 41, EMAIL 29, INN 20, BANK_ACCOUNT 19,
// PASSPORT 19, IP 17, CARD 16, OGRN 14, SNILS 12), written by hand by
// someone who saw neither the engine nor any other labelled file, while the
// engine was tuned on heldout34 and heldout35. It is the CRM of an
// electronics retailer's after-sales and warranty repair service (tickets,
// serial numbers, IMEIs, courier pickups, loaner devices, refunds) and of an
// industrial equipment rental firm (generators, forklifts, lifts, deposits,
// damage claims). Staff chats, customer e-mails with signatures and quoted
// history, claims and applications, notices, requisites, lists, lower-case
// call transcripts (phones spoken in words or spaced digits, names in lower
// case, addresses in words). Renters and sole traders with ИНН, КПП,
// ОГРН/ОГРНИП, accounts keyed to a БИК and legal addresses in Russian and
// English; people with internal, international and Latin-letter passports,
// СНИЛС, 12-digit ИНН, cards of every scheme, and Russian, UK, US, EU and
// UAE addresses. Names in every case, diminutives, surnames alone, initials
// before the surname (the writer put no initial last), signatures, quoted
// headers; titles outside. Negatives: Вера в …, Слава богу, Любовь к
// технике, Лада Веста, Will you, Mark my words, jack up, grace period,
// Victoria a city and a depot; ticket, RMA, order, invoice, contract and
// claim numbers, tracking numbers, IMEIs and serials, SKUs, plates, amounts,
// dates, КПП, БИК, ОКПО, correspondent accounts, versions shaped like IPs,
// masked cards, operators' licence numbers, and an INN, a SNILS, a card and
// an OGRN with a wrong check digit.
//
// The engine was judged on it once, untuned, with rules-2025.23 (engine
// 1.21.0, commit 2227279): BANK_ACCOUNT, CARD, EMAIL, INN, IP, OGRN,
// PASSPORT and SNILS 1.0, PERSON 0.991, PHONE 0.979 and ADDRESS 0.949
// (every target met); 4.219% of PII characters leaked (326 of 7727:
// ADDRESS 234, PHONE 87, PERSON 5), against the target of 0.5%.

// It is no longer held out: after that run its misses (with heldout37's)
// drove rules-2025.24 (engine 1.22.0). With rules-2025.24: ADDRESS 0.975
// (a Dubai warehouse address and a street named "Шоссе в Лаврики" remain),
// PERSON 0.994, every other type 1.0; leak 1.902% (ADDRESS 142, PERSON 5).

// heldout36Floor guards the tuned level.
var heldout36Floor = map[string]float64{
	TypeBankAccount: 0.99, TypeCard: 0.99, TypeEmail: 0.99, TypeINN: 0.99, TypeIP: 0.99, TypeOGRN: 0.99,
	TypePassport: 0.99, TypePhone: 0.99, TypeSNILS: 0.99, TypeAddress: 0.97, TypePerson: 0.99,
}

// heldout36MaxLeak: target 0.005; 4.219% untuned, 1.902% tuned.
const heldout36MaxLeak = 0.020

func TestHeldout36(t *testing.T) {
	corpusCheck{file: "testdata/heldout36.jsonl", name: "thirty-sixth held-out corpus", minMessages: 250,
		floors: heldout36Floor, everyType: true, maxLeak: heldout36MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
