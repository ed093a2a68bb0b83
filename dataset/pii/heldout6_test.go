package pii

import "testing"

// testdata/heldout6.jsonl is the sixth held-out file: 283 CRM messages (169
// Russian, 114 English; 76 without personal data; 462 gold spans: PERSON
// 244, PHONE 54, ADDRESS 45, EMAIL 31, INN 18, CARD 13, BANK_ACCOUNT 13,
// PASSPORT 12, IP 12, OGRN 10 with 4 ОГРНИП, SNILS 10), written by hand by
// someone who saw neither the engine's code, tables or output nor the other
// labelled files. It mixes support chats (orders, deliveries, returns,
// double charges, subscriptions), B2B e-mails with signatures, quoted and
// forwarded replies and requisites (also as TIN/PSRN in English),
// call-centre transcripts in lower-case ASR style, manager notes, login and
// security alerts with client IPv4/IPv6, bookings (clinics, salons, car
// services, hotels), insurance and banking, HR and recruiting (CVs, offers,
// onboarding with СНИЛС, ИНН and salary accounts), real estate and
// couriers. Names come surname first, with initials before or after,
// patronymic only, first name and patronymic, in every case, as
// diminutives and vocatives, of Tatar, Caucasian, Central Asian, Ukrainian,
// Belarusian, Korean, Jewish and German origin, English names with hyphens
// and particles, airline SURNAME/NAME. Negatives: "Слава богу", "вера в
// успех", "лада веста", "Will you", "Mark my words", Victoria as a place,
// masked cards, versions shaped like IPs, streets and metro stations
// without a house, order, ticket, claim, invoice, contract, tracking, PO,
// SKU, VIN, plate, ОМС and policy numbers, КПП/БИК/ОКПО, correspondent
// accounts, and identifiers with a wrong check digit. Labelling follows
// heldout5.jsonl; phones include company hotlines (8-800).
//
// The engine was judged on it once, untuned, with rules-2025.9 (engine
// 1.7.0, commit 6a0b648): BANK_ACCOUNT, CARD, INN, IP, OGRN, PHONE and
// SNILS 1.0, EMAIL 0.984, ADDRESS 0.921 (target 0.92 met), PERSON 0.913
// (target 0.92 missed: 28 misses, 13 false alarms of 244), PASSPORT 0.857
// (3 of 12 missed); 5.703% of PII characters leaked (440 of 7715: PERSON
// 250, ADDRESS 161, PASSPORT 29). Target 0.5%: missed.
//
// It is no longer held out: after that run its misses drove rules-2025.10
// (engine 1.8.0), together with heldout7.jsonl's, each fixed as a general
// rule with its own case in context_names_test.go. Scores here now overstate
// unseen text; heldout8.jsonl and heldout9.jsonl are the untuned test sets.
// With rules-2025.10: PERSON 0.973, ADDRESS 0.966, EMAIL 0.984 (a company
// address the file leaves unlabelled), every other type 1.0; leak 1.918%.

// heldout6Floor guards the tuned level.
var heldout6Floor = map[string]float64{
	TypePhone: 0.99, TypeEmail: 0.97, TypeCard: 0.99, TypeINN: 0.99, TypeSNILS: 0.99, TypeOGRN: 0.99,
	TypeBankAccount: 0.99, TypeIP: 0.99, TypePassport: 0.99, TypeAddress: 0.96, TypePerson: 0.97,
}

// heldout6MaxLeak: target 0.005; 5.703% untuned, 1.918% tuned.
const heldout6MaxLeak = 0.02

func TestHeldout6(t *testing.T) {
	corpusCheck{file: "testdata/heldout6.jsonl", name: "sixth held-out corpus (a dev set since rules-2025.10)", minMessages: 250,
		floors: heldout6Floor, everyType: true, maxLeak: heldout6MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
