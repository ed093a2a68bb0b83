package pii

import "testing"

// testdata/heldout102.jsonl is the hundred-and-second held-out file: 283
// messages (142 Russian, 141 English; 61 without personal data; 540 gold
// spans: PERSON 319, PHONE 71, ADDRESS 42, EMAIL 32, INN 18, IP 17,
// BANK_ACCOUNT 14, CARD 9, PASSPORT 9, OGRN 5, SNILS 4), written by hand by
// someone who saw neither the engine nor any other labelled file, while the
// engine was tuned on heldout100 and heldout101. It is the CRM of a network
// of vet clinics and a grooming and boarding service in Moscow, St
// Petersburg, Yekaterinburg and Minsk with expat clients: bookings,
// vaccination reminders, surgery and euthanasia consents, lab results, pet
// passports and microchips, boarding contracts, home visits, invoices,
// refunds and chargebacks, insurance claims, staff contracts (самозанятые,
// ИП), a foreign vet's HR record, complaints, reviews, deletion requests.
// Chats, lower-case call transcripts, e-mails with headers, quotes,
// forwards and signatures, consent forms, contracts with requisites, CSV,
// pipe and markdown tables, OCR scans (a letter O for a zero), API, auth,
// payment and web-form logs. Pets with people's names beside their owners
// (Марта, Лёва, Бася, Max, Charlie, Rose), an owner and a pet sharing a
// name, names in every case form and endearments (Танечка, Надь,
// Ксюшенька), doctors by name and patronymic, words that look like names
// (Вера в успех, Надежда есть, Mark my words, bill). Belarusian phones,
// addresses, requisites and a passport. Negatives: 15-digit microchips,
// order, invoice, claim and tracking numbers, policies, КПП, БИК, ОКПО,
// ОКТМО, УНП, correspondent accounts, receipts, a VIN, a plate, masked
// cards, IP-shaped versions, numbers with a wrong check digit.
//
// The engine was judged on it once, untuned, with rules-2025.61 (engine
// 1.59.0, commit 2897db1): ADDRESS 0.988, PHONE 0.993, CARD, EMAIL, INN,
// IP, OGRN and SNILS 1.0 (targets met); PERSON 0.906 (48 false alarms,
// nearly all pets named like people), BANK_ACCOUNT 0.963 (one missed) and
// PASSPORT 0.941 (a Belarusian passport in Cyrillic letters) miss their
// targets; 1.975% of PII characters leaked (165 of 8353: PERSON 87,
// ADDRESS 33, BANK_ACCOUNT 20, PHONE 15, PASSPORT 10), against the target
// of 0.5%. It has not been tuned on: these are held-out figures.

// heldout102Floor holds the untuned figures: the target where it
// was met, the measured value where it was not.
var heldout102Floor = map[string]float64{
	TypeBankAccount: 0.96, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.94, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.90,
}

// heldout102MaxLeak: target 0.005, missed (1.975%).
const heldout102MaxLeak = 0.020

func TestHeldout102(t *testing.T) {
	corpusCheck{file: "testdata/heldout102.jsonl", name: "hundred-and-second held-out corpus", minMessages: 250,
		floors: heldout102Floor, everyType: true, maxLeak: heldout102MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
