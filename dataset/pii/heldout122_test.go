package pii

import "testing"

// testdata/heldout122.jsonl is the hundred-and-twenty-second held-out file:
// 275 messages (135 Russian, 140 English; 60 without personal data; 483
// gold spans: PERSON 255, PHONE 59, ADDRESS 45, EMAIL 44, IP 20, INN 17,
// PASSPORT 12, BANK_ACCOUNT 10, CARD 9, OGRN 8, SNILS 4), written by hand by
// someone who saw neither the engine nor any other labelled file, while
// the engine was tuned on heldout118 to heldout121. It is the CRM of a
// chain of car service stations with tow trucks in Moscow, Yekaterinburg
// and Almaty: repair bookings, diagnostics, estimates and approvals, parts
// orders, dealer warranty claims, tow calls with pickup addresses, ОСАГО
// and КАСКО cases, card payments, invoices to companies, fleet clients,
// complaints, HR, deletion requests. Chats, lower-case call transcripts,
// e-mails with headers, quotes, forwards and signatures, web forms, CSV
// and pipe tables, OCR'd acts and invoices, payment and telematics logs,
// JSON webhooks, web access logs, SMS templates. Mechanics by first name,
// owners by surname alone, diminutives, case forms, lower-case names,
// initials, "SURNAME, Given", a stutter ("mark mark donovan"), names that
// are also words both ways (Роман, Слава, Лев, Вера, Роза, Grant, Will,
// Mark, Rose, Victoria), car brands and models that look like names (Лада
// Веста, Kia Rio, Renault Logan, Mr Ford with a Ford Focus), Kazakh names
// in both alphabets. Pickup points, stations and legal addresses in
// Russian, Kazakh, UK and Japanese layouts. Negatives: order, work-order,
// claim, invoice and tracking numbers, VINs, plates, part and policy
// numbers, RRNs, authorisation codes, masked cards, IP-shaped versions,
// motorway kilometres, numbers with a wrong check digit.
//
// The engine was judged on it once, untuned, with rules-2025.72 (engine
// 1.70.0, commit b73e49d): every type met its target (ADDRESS 0.955,
// PERSON 0.971, PHONE 0.992, the others 1.0); 1.881% of PII characters
// leaked (140 of 7444: ADDRESS 94, PERSON 46; an Almaty microdistrict
// address, a Tokyo address, a lower-case street without its keyword,
// names that are also words), against the target of 0.5%.
//
// It is no longer held out: after that run its misses (with heldout123's)
// drove rules-2025.73 (engine 1.71.0): a cardholder's name in capitals,
// surname first ("cardholder SEITKALI NURLAN"), a template's fields
// ("{Имя}, ваш автомобиль {Марка} готов"), streets named after people in
// the plural ("Abay and Nazarbayev avenues"). With rules-2025.73: ADDRESS
// 0.955 (an Almaty microdistrict, a Tokyo address, a lower-case street
// without its keyword), PERSON 0.978, PHONE 0.992, the others 1.0; leak
// 1.679% (125 of 7444: ADDRESS 94, PERSON 31).

// heldout122Floor guards the tuned level.
var heldout122Floor = map[string]float64{
	TypeBankAccount: 0.99, TypeCard: 0.99, TypeEmail: 0.99, TypeINN: 0.99, TypeIP: 0.99, TypeOGRN: 0.99,
	TypePassport: 0.99, TypePhone: 0.99, TypeSNILS: 0.99, TypeAddress: 0.95, TypePerson: 0.97,
}

// heldout122MaxLeak: target 0.005; 1.881% untuned, 1.679% tuned.
const heldout122MaxLeak = 0.017

func TestHeldout122(t *testing.T) {
	corpusCheck{file: "testdata/heldout122.jsonl", name: "hundred-and-twenty-second held-out corpus", minMessages: 250,
		floors: heldout122Floor, everyType: true, maxLeak: heldout122MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
