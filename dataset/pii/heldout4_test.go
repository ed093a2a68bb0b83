package pii

import "testing"

// testdata/heldout4.jsonl is the fourth held-out file: 287 CRM messages
// (174 Russian, 113 English) written by hand while rules-2025.7 was being
// tuned on heldout3.jsonl, without looking at the engine's code, name
// tables or output, nor at the other labelled files. Its domains are ones
// the earlier files barely touch: insurance claims, car dealerships and
// service stations, telecom support, hotels and travel agencies, schools
// (parents writing about children), HR and recruiting, utilities (ЖКХ),
// marketplace sellers' support, legal services and pharmacies. Its formats
// are chats with emoji, call transcripts in lower case with spelled-out
// numbers and addresses, e-mail threads with quoted replies ("> ") and
// forwarded headers, CRM task notes and SMS. Names come in every Russian
// case, with patronymics ("Гусейн оглы" too), initials, diminutives and
// vocatives ("Лёх", "Тоха"), lower case, ALL CAPS, airline style
// ("IVANOVA/ALEKSANDRA"), non-Slavic names common in Russia and foreign
// names; 37 messages carry no personal data at all.
//
// Labelling conventions are those of heldout3.jsonl, and:
//   - A foreign passport number in English text is labelled PASSPORT, as
//     is a Russian загранпаспорт; driver's licences, СТС and ПТС, ОМС
//     policies and loyalty cards are not labelled.
//   - A street without a house number ("на Кутузовском"), a city with its
//     district, and a street name inside a business name ("Hope Street
//     branch") are not addresses; a spelled-out address in a call
//     transcript is.
//   - Masked card numbers ("**** 4417", "card ending 7781") are not cards.
//   - Names used as words are negatives: "вера в вашу компанию", "Надежда
//     только на вас", "Слава богу", "Любовь и голуби", "Роза Хутор",
//     "Марс", "Grace period", "Will you match", "mark your calendar",
//     "frank review", suites called Grace, Hope and Faith, car models
//     (Lincoln Navigator, Santa Fe) and firms (Brightstone Legal LLP).
//   - Version numbers shaped like IPv4 addresses ("Firmware 10.2.14.7")
//     and MAC addresses are not IP.
//
// The engine is judged on this file once, never tuned on it.

// heldout4Floor is the F1 the engine keeps on the fourth held-out file:
// the target (0.97 for validated identifiers, 0.92 for PERSON and
// ADDRESS) where it is met, else a floor just below the level reached.
// Figures from the single run with rules-2025.7 (engine 1.5.0), when the
// file was written: BANK_ACCOUNT, CARD, EMAIL, INN, OGRN and SNILS 1.0,
// IP 0.971 (targets met); PHONE 0.923, PERSON 0.892, ADDRESS 0.889 and
// PASSPORT 0.750 (targets missed). The misses were not looked at and
// nothing in the file was changed after the run.
var heldout4Floor = map[string]float64{
	TypeEmail: 0.97, TypeCard: 0.97, TypeINN: 0.97, TypeSNILS: 0.97, TypeOGRN: 0.97,
	TypeBankAccount: 0.97, TypeIP: 0.97, // IP 0.9714: one false alarm
	TypePhone:    0.92, // target 0.97: missed (0.9231, precision 0.885: 7 false alarms, 2 misses)
	TypePassport: 0.74, // target 0.97: missed (0.7500, recall 0.643: 5 of 14 missed, 1 false alarm)
	TypePerson:   0.88, // target 0.92: missed (0.8916: 38 misses, 24 false alarms of 293 gold names)
	TypeAddress:  0.88, // target 0.92: missed (0.8889, recall 0.833: 8 of 48 missed)
}

// heldout4MaxLeak: target 0.005, missed: 8.668% when written (771 of 8895
// gold characters: ADDRESS 363, PERSON 337, PASSPORT 48, PHONE 23).
const heldout4MaxLeak = 0.087

func TestHeldout4(t *testing.T) {
	corpusCheck{file: "testdata/heldout4.jsonl", name: "fourth held-out corpus", minMessages: 250,
		floors: heldout4Floor, everyType: true, maxLeak: heldout4MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
