package pii

import "testing"

// testdata/heldout187.jsonl is the hundred-and-eighty-seventh held-out
// file: 281 messages (143 Russian, 138 English; 63 without personal data;
// 488 gold spans: PERSON 292, PASSPORT 35, PHONE 35, ADDRESS 28, EMAIL 20,
// INN 18, CARD 15, BANK_ACCOUNT 13, IP 13, SNILS 11, OGRN 8), written by
// hand by someone who saw neither the engine nor any other labelled file,
// while the engine was tuned on heldout184 and heldout185. It is the CRM of
// a rotation-camp (вахта) HR and logistics office for gold and diamond
// mines in Yakutia, Magadan and Chukotka: hiring of shift workers
// (passports, SNILS, INN, medical certificates), charter and helicopter
// manifests, tickets, camp accommodation, payroll to accounts and cards,
// injuries and sick leave, relatives' calls, disciplinary notes, fuel and
// equipment suppliers, deletion requests; a Canadian drill vendor and an
// Australian consultant in English. Chats, lower-case radio and hotline
// transcripts, e-mails with headers, quotes, forwards and signatures,
// forms, CSV, semicolon and pipe manifests and 1C exports, OCR'd passports
// and medical certificates, turnstile, VPN and satellite-modem logs.
// Yakut, Kazakh, Kyrgyz ("уулу"), Buryat and Belarusian names in every
// case, workers by surname alone or by nickname (Михалыч, Бурый, Косой),
// airline names with MR/MRS outside; names that are also words (Вера,
// Надежда, Любовь, Роман, Лев, Слава, Павлик, Hope, Will, Mark, Bill);
// village homes (с. Чурапча, пос. Ягодное), camp, office and clinic
// addresses on streets named after people. Negatives: personnel, badge,
// manifest, ticket, order, invoice, claim, permit, licence, sick-leave,
// tracking and SWIFT numbers, КПП, БИК, ОКПО, correspondent accounts, ОМС,
// a VIN, plates, masked cards, versions shaped like IPs, mines and deposits
// named after people (рудник Ленина, Павлик), Australian and Canadian bank
// details, wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.114 (engine
// 1.112.0, commit 10da7b7): ADDRESS 0.889 (a Yakut region and its улус
// before a village, a street named after a person in Latin letters, a
// Canadian address) missed its target, PERSON 0.941 and PASSPORT 0.972 (two
// passport-shaped numbers) met theirs, the other types 1.0; 5.173% of PII
// characters leaked (374 of 7230: ADDRESS 213, PERSON 161), against the
// target of 0.5%.
//
// rules-2025.115 (engine 1.113.0) was then tuned on it and on heldout186: a
// region with its other name in brackets and a Yakut улус before a village
// ("Республика Саха (Якутия), Чурапчинский улус, с. Чурапча, …"), "6/2
// Petra Alekseeva St.", "Republic of Buryatia", mines and deposits named
// after people ("рудник Ленина", площадка «Павлик»), Yakut and Buryat first
// names, a lower-case Kyrgyz name with "уулу", two names that are also
// words before "are both". ADDRESS 0.982, PERSON 0.967; leak 2.407% (174 of
// 7230). These are tuned figures; the floors below guard them.

// heldout187Floor guards the tuned level: the targets where met, the measured level where not.
var heldout187Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.97, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout187MaxLeak: target 0.005; 5.173% untuned, 2.407% tuned.
const heldout187MaxLeak = 0.025

func TestHeldout187(t *testing.T) {
	corpusCheck{file: "testdata/heldout187.jsonl", name: "hundred-and-eighty-seventh held-out corpus", minMessages: 250,
		floors: heldout187Floor, everyType: true, maxLeak: heldout187MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
