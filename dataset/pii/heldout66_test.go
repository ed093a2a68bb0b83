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
// against the target of 0.5%.
//
// It is no longer held out: after that run its misses (with heldout67's)
// drove rules-2025.40 (engine 1.38.0). With rules-2025.40: every type 1.0
// but PHONE 0.991 (a UK mobile with a digit too many), IP 0.973 (a build
// number named as one only after it), PERSON 0.982 and ADDRESS 0.962 (the
// misses are lower-case farm addresses read out, "high moor farm, moor
// road, danby", and names with no cue: Bill, May, Ted, gaz, mo); leak
// 1.517% (142 of 9359: ADDRESS 91, PERSON 37, PHONE 14).

// heldout66Floor guards the tuned level.
var heldout66Floor = map[string]float64{
	TypeBankAccount: 0.99, TypeCard: 0.99, TypeEmail: 0.99, TypeINN: 0.99, TypeOGRN: 0.99, TypePassport: 0.99,
	TypeSNILS: 0.99, TypePhone: 0.98, TypeIP: 0.97, TypePerson: 0.98, TypeAddress: 0.96,
}

// heldout66MaxLeak: target 0.005; 4.199% untuned, 1.517% tuned.
const heldout66MaxLeak = 0.016

func TestHeldout66(t *testing.T) {
	corpusCheck{file: "testdata/heldout66.jsonl", name: "sixty-sixth held-out corpus", minMessages: 250,
		floors: heldout66Floor, everyType: true, maxLeak: heldout66MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
