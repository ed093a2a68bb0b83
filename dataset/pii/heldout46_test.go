package pii

import "testing"

// testdata/heldout46.jsonl is the forty-sixth held-out file: 264 messages
// (133 Russian, 131 English; 58 without personal data; 557 gold spans:
// PERSON 299, PHONE 62, ADDRESS 53, EMAIL 30, INN 22, PASSPORT 19, IP 17,
// CARD 15, SNILS 15, BANK_ACCOUNT 13, OGRN 12), written by hand by someone
// who saw neither the engine nor any other labelled file, while the engine
// was tuned on heldout44 and heldout45. It is the CRM of a private security
// and alarm-monitoring company in Russia and the UK: key holders and
// emergency contacts, alarm callouts and false alarms, guard shifts and
// patrol reports, key logs, CCTV footage and subject-access requests,
// installation visits, contracts, invoices, refunds, onboarding of guards.
// Staff and client chats, letters, e-mails with signatures and quoted
// history, lower-case transcripts without punctuation, monitoring notices
// and signal logs, requisites, lists. Names in full, with initials, first
// name and patronymic, every case, diminutives (Михалыч), lower case,
// signatures; titles outside. Russian addresses with корпус, стр., кв.,
// офис and пом., legal addresses, Russian addresses in English, UK and US
// addresses, chat ones ("лесной 5") and spoken ones; spoken phones (one
// corrected by the caller); a card read out digit by digit. Negatives: Вера
// в…, Слава богу, Надежда умирает последней, Лада Веста/Гранта, Will you,
// Mark my words, grace period, Victoria the place, Jordan the country, the
// bill, firms, churches and brands; contract, invoice, ticket, complaint,
// object and zone numbers, payment orders, amounts, dates, a track number,
// a VIN, plates, ОМС, КПП, БИК, ОКПО, correspondent accounts, company and
// VAT numbers, guard licences, masked cards, firmware versions shaped like
// IPs, and an INN, SNILS, OGRN, card and account with a wrong check digit.
//
// The engine was judged on it once, untuned, with rules-2025.28 (engine
// 1.26.0, commit b71db1b): CARD, EMAIL, INN, OGRN, PASSPORT and SNILS 1.0,
// PHONE 0.992, PERSON 0.970 and ADDRESS 0.952 (targets met); BANK_ACCOUNT
// 0.963 (one false alarm) and IP 0.941 (one missed, one false alarm) miss
// theirs; 1.725% of PII characters leaked (163 of 9450: ADDRESS 84, PERSON
// 53, PHONE 11, IP 9, PASSPORT 6).

// It is no longer held out: after that run its misses (with heldout47's)
// drove rules-2025.29 (engine 1.27.0). With rules-2025.29: ADDRESS 0.981,
// PERSON 0.972, IP 0.971, BANK_ACCOUNT 0.963 (a closed account with a wrong
// key next to the valid one is still masked), every other type 1.0; leak
// 1.333% (ADDRESS 67: parts of spoken and chat addresses, "на ленинградке
// 39", "15 cromwell rd hove bn3 3ea"; PERSON 53; PASSPORT 6).

// heldout46Floor guards the tuned level.
var heldout46Floor = map[string]float64{
	TypeCard: 0.99, TypeEmail: 0.99, TypeINN: 0.99, TypeOGRN: 0.99, TypePassport: 0.99, TypePhone: 0.99,
	TypeSNILS: 0.99, TypeAddress: 0.97, TypePerson: 0.96, TypeIP: 0.96, TypeBankAccount: 0.95,
}

// heldout46MaxLeak: target 0.005; 1.725% untuned, 1.333% tuned.
const heldout46MaxLeak = 0.014

func TestHeldout46(t *testing.T) {
	corpusCheck{file: "testdata/heldout46.jsonl", name: "forty-sixth held-out corpus", minMessages: 250,
		floors: heldout46Floor, everyType: true, maxLeak: heldout46MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
