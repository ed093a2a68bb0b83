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
// The engine was judged on this file once with rules-2025.7. On 2026-11-25
// it became a development set: heldout5.jsonl took over as the untouched
// file, and the misses here were read to drive rules-2025.8 (engine 1.6.0),
// fixed by category with variants and negatives in dev5.jsonl, never by
// string. Figures on this file no longer measure generalization.

// heldout4Floor is the F1 the engine keeps on the fourth held-out file,
// now a development set: the target (0.97 for validated
// identifiers, 0.92 for PERSON and ADDRESS) where it is met, else a floor
// just below the level reached.
//
// Single untuned run with rules-2025.7 (engine 1.5.0): BANK_ACCOUNT, CARD,
// EMAIL, INN, OGRN and SNILS 1.0, IP 0.971, PHONE 0.923, PERSON 0.892,
// ADDRESS 0.889, PASSPORT 0.750, leak 8.668%. With rules-2025.8 (engine
// 1.6.0): PASSPORT 1.0 (загранпаспорт, "63 05 номер 118274", "P8814027";
// СТС no longer a passport), ADDRESS 0.911 (a city after the house number,
// "7/5с1"), leak 7.218%; PHONE, PERSON and IP unchanged. The toll-free and
// company phone false alarms stay: earlier files label "8 800" support
// numbers as PHONE, this one does not.
var heldout4Floor = map[string]float64{
	TypeEmail: 0.97, TypeCard: 0.97, TypeINN: 0.97, TypeSNILS: 0.97, TypeOGRN: 0.97,
	TypeBankAccount: 0.97, TypeIP: 0.97, // IP 0.9714: one false alarm
	TypePassport: 0.97, // 1.0
	TypePhone:    0.92, // target 0.97: missed (0.9231, precision 0.885: 7 false alarms, 2 misses)
	TypePerson:   0.89, // target 0.92: missed (0.8916: 38 misses, 24 false alarms of 293 gold names)
	TypeAddress:  0.91, // target 0.92: missed (0.9111, recall 0.854: 7 of 48 missed)
}

// heldout4MaxLeak: target 0.005, missed: 7.218% with rules-2025.8 (642 of
// 8895 gold characters: PERSON 337, ADDRESS 282, PHONE 23); 8.668% when
// the file was written.
const heldout4MaxLeak = 0.073

func TestHeldout4(t *testing.T) {
	corpusCheck{file: "testdata/heldout4.jsonl", name: "fourth held-out corpus", minMessages: 250,
		floors: heldout4Floor, everyType: true, maxLeak: heldout4MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
