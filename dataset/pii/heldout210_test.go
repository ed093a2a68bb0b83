package pii

import "testing"

// testdata/heldout210.jsonl is the two-hundred-and-tenth held-out file:
// 279 messages (141 Russian, 138 English; 59 without personal data; 496
// gold spans: PERSON 281, PHONE 47, ADDRESS 35, CARD 30, PASSPORT 26,
// EMAIL 26, INN 16, BANK_ACCOUNT 13, IP 12, OGRN 6, SNILS 4), written by
// hand by someone who saw neither the engine nor any other labelled file,
// while the engine was tuned on heldout206 to heldout209.
// It is the CRM of a money-transfer and mobile-banking service for labour
// migrants between Russia and Uzbekistan, Tajikistan and Kyrgyzstan: KYC
// with Uzbek, Tajik, Kyrgyz (ID cards too) and Russian passports, work
// patents, registration addresses in Russia and homes in Central Asia,
// transfers to Uzcard, Humo, Korti Milli, Elcard, Mir, Visa and Mastercard
// cards, employers' requisites, blocked transfers, AML and sanctions
// alerts, refunds, relatives receiving money, complaints, deletion
// requests. Chats mixing Russian with Uzbek and Tajik, transliterated;
// lower-case call transcripts; e-mails with headers, quotes, forwards and
// signatures; web forms, CSV, semicolon and pipe tables; OCR'd passports
// and patents; app and login logs; SMS. Names with -ович/-овна,
// угли/кизи, уулу/кызы, in every case, in Uzbek Latin (Sh, Ch, O', G');
// names that are also words used both ways. Negatives: transfer, control,
// patent, ticket, claim, contract, receipt, invoice and ARN numbers, ОМС,
// a VIN, a plate, КПП, БИК, ОКПО, correspondent accounts, masked cards,
// versions shaped like IPs, wrong check digits, bazaars and metro
// stations.
//
// The engine was judged on it once, untuned, with rules-2025.128 (engine
// 1.125.0, commit d572e25): CARD 0.636 (the engine knew no Uzcard, Humo,
// Korti Milli or Elcard number), PASSPORT 0.939 (Uzbek and Kyrgyz
// documents: "AD 2209417" in an OCR'd form, "ID 1187402") and IP 0.957
// missed their targets; ADDRESS 0.955 (Uzbek and Tajik addresses) and
// PERSON 0.942 (Uzbek Latin with apostrophes, "O'tkir", "Sho'xrat") met
// theirs; 9.259% of PII characters leaked (732 of 7906: CARD 304, PERSON
// 216, ADDRESS 171, PASSPORT 29, IP 12), against the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.130
// (engine 1.127.0), with those of heldout211: the CIS national card
// schemes (Uzcard 8600, Humo 9860, Korti Milli 9762, Elcard 9417, Belkart
// 9112, ArCa 9051), Uzbek o' and g' inside a word ("O'tkir", "G'ulomov"),
// Uzbek, Tajik and Kyrgyz names in both alphabets, "Pasport raqami", an
// IP after "API:", MTCN codes, towns near Moscow and in Central Asia, "ul.
// 8 Marta". Tuned: CARD 1.0, IP 1.0, PASSPORT 0.960 (an Uzbek patent's
// "Документ FA1904572", a Kyrgyz "ID 1187402"), PERSON 0.988, ADDRESS
// 0.971; 2.859% leaked (226 of 7906).

// heldout210Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout210Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.95, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout210MaxLeak: target 0.005, missed untuned (9.259%) and tuned (2.859%).
const heldout210MaxLeak = 0.029

func TestHeldout210(t *testing.T) {
	corpusCheck{file: "testdata/heldout210.jsonl", name: "two-hundred-and-tenth held-out corpus", minMessages: 250,
		floors: heldout210Floor, everyType: true, maxLeak: heldout210MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
