package pii

import "testing"

// testdata/heldout66.jsonl is the sixty-sixth held-out file: 268 messages
// (136 Russian, 132 English; 58 without personal data; 570 gold spans:
// PERSON 303, PHONE 58, EMAIL 42, ADDRESS 41, PASSPORT 26, INN 22, IP 18,
// OGRN 16, BANK_ACCOUNT 16, SNILS 14, CARD 14), written by hand by someone
// who saw neither the engine nor any other labelled file, while the engine
// was tuned on heldout64 and heldout65. It is the CRM of a farm machinery
// dealer and an agricultural cooperative: tractor and combine sales and
// quotes, leasing, spare parts, field service and warranty visits, members'
// grain contracts, weighbridge tickets, share payments, subsidy paperwork,
// seasonal workers' onboarding and payroll; set around Rostov, with UK,
// Canadian and Danish partners. Chats, letters and claims, e-mails with
// headers, quoted history and signatures, lower-case call transcripts with
// spoken numbers, notices, requisites, member and worker lists, KYC forms.
// Names in every case, initials, name and patronymic, diminutives and
// nicknames (Михалыч, Лёха, колька, kev, gaz), lower case, titles outside.
// Addresses with region, district, village or хутор, корпус, строение;
// transliterated and spoken ones; UK farm addresses, a Canadian rural box,
// a Polish address. Negatives: John Deere, Massey Ferguson, Кировец, Нива,
// Дон-1500, firms named after people (КФХ «Глушко», Kowalchuk Grain Ltd.,
// Foster & Sons), СПК «Надежда», колхоз имени Ленина, "Вера в урожай",
// "Слава богу", Will, Mark, Sue, May, Grant and Bill as words, Victoria,
// BC; order, invoice, contract, claim, lease and ticket numbers, tracking
// and container numbers, VINs, serials, plates, a driving licence, a
// migration card, a masked passport, КПП, БИК, ОКПО, correspondent
// accounts, masked cards, versions shaped like IPs, and INN, SNILS, OGRN
// and card numbers with a wrong check digit.
//
// The engine was judged on it once, untuned, with rules-2025.39 (engine
// 1.37.0, commit 7d433a9): BANK_ACCOUNT, CARD, EMAIL, INN, OGRN, PASSPORT
// and SNILS 1.0, PHONE 0.991, IP 0.973, PERSON 0.950 (targets met);
// ADDRESS 0.897 misses its 0.92 target (rural addresses); 4.199% of PII
// characters leaked (393 of 9359: ADDRESS 287, PERSON 92, PHONE 14),
// against the target of 0.5%. It has not been tuned on: these are
// held-out figures.

// heldout66Floor is the target where it was met, else a floor just
// below the level reached.
var heldout66Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.97, TypePhone: 0.97, TypeSNILS: 0.97, TypePerson: 0.92,
	TypeAddress: 0.88, // target 0.92: missed (0.897)
}

// heldout66MaxLeak: target 0.005, missed (4.199%).
const heldout66MaxLeak = 0.043

func TestHeldout66(t *testing.T) {
	corpusCheck{file: "testdata/heldout66.jsonl", name: "sixty-sixth held-out corpus", minMessages: 250,
		floors: heldout66Floor, everyType: true, maxLeak: heldout66MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
