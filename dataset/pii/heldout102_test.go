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
// of 0.5%.
//
// It is no longer held out: after that run its misses (with heldout103's)
// drove rules-2025.62 (engine 1.60.0): a pets' column under its header
// ("Owner,Pet,Species"), a lower-case pet after its species word ("собака
// лёва"), a pet whose owner is named later on the line ("Бася — комплекс,
// владелец Ефремова"), a pet word opening the run ("Кошка Ася"), species
// words in every case, "влад." for владелец; a Belarusian passport's
// Cyrillic series after the word паспорт; every БИК of a list ("БИК:
// 044525225 / 044525974"). With rules-2025.62: BANK_ACCOUNT and PASSPORT
// 1.0, PERSON 0.920 (38 false alarms: pets with no species word nearby,
// "анализы Чарли", "Bella's dental cleaning"), the other types as before;
// leak 1.616% (135 of 8353: PERSON 87, ADDRESS 33, PHONE 15).

// heldout102Floor guards the tuned level.
var heldout102Floor = map[string]float64{
	TypeBankAccount: 0.99, TypeCard: 0.99, TypeEmail: 0.99, TypeINN: 0.99, TypeIP: 0.99, TypeOGRN: 0.99,
	TypePassport: 0.99, TypePhone: 0.99, TypeSNILS: 0.99, TypeAddress: 0.98, TypePerson: 0.91,
}

// heldout102MaxLeak: target 0.005; 1.975% untuned, 1.616% tuned.
const heldout102MaxLeak = 0.017

func TestHeldout102(t *testing.T) {
	corpusCheck{file: "testdata/heldout102.jsonl", name: "hundred-and-second held-out corpus", minMessages: 250,
		floors: heldout102Floor, everyType: true, maxLeak: heldout102MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
