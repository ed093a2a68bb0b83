package pii

import "testing"

// testdata/heldout136.jsonl is the hundred-and-thirty-sixth held-out file:
// 280 messages (140 Russian, 140 English; 60 without personal data; 486
// gold spans: PERSON 298, PHONE 41, EMAIL 41, ADDRESS 35, PASSPORT 14, IP
// 14, INN 13, CARD 10, BANK_ACCOUNT 8, SNILS 6, OGRN 6), written by hand by
// someone who saw neither the engine nor any other labelled file, while the
// engine was tuned on heldout134 and heldout135. It is the CRM of a charity
// that helps seriously ill children in Russia and Kazakhstan: recurring
// card donations, receipts and tax deductions, wards' applications with
// parents' passports, SNILS and medical extracts, clinics abroad (Germany,
// Israel, Turkey, Czechia, Korea, UK), campaigns, volunteers and drivers,
// requisites of partners and sole traders, gateway, auth and CRM logs with
// IPv4 and IPv6, complaints, fraud warnings, unsubscribe and deletion
// requests. Chats, lower-case call transcripts, e-mails with headers,
// quotes, forwards and signatures, web forms, CSV and pipe tables, OCR'd
// passports and birth certificates, SMS, PNR name lines. Children named in
// campaigns ("сбор для …", "Hope for …") labelled; funds, centres and
// concerts named after words or historical people not; diminutives, every
// case form, plural family names, doctors as "Surname I.O."; names that are
// also words both ways (Вера, Надежда, Любовь, Роман, Лев, Слава, Виктория,
// Hope, Grace, Faith, Will, Mark, Victoria the city, Lev the currency);
// Kazakh names in Cyrillic and Latin; "Аноним" and "Anonymous" unlabelled.
// Addresses in Russia, Kazakhstan, Europe, the UK, the US and Israel.
// Negatives: donation, campaign, receipt, contract, case, ticket, invoice,
// PO, tracking and e-ticket numbers, RRNs, VINs, plates, ОМС, КПП, БИК,
// ОКПО, Kazakh BINs, correspondent accounts, masked cards, IP-shaped
// versions, numbers with a wrong check digit.
//
// The engine was judged on it once, untuned, with rules-2025.79 (engine
// 1.77.0, commit 4b22e12): ADDRESS 0.857 missed its target (clinics abroad
// read into their addresses: "Universitätsklinikum Heidelberg, Im
// Neuenheimer Feld 672, …", "Proton Therapy Center Prague, Budínova 1a,
// …"), PERSON 0.963 and the other types (1.0) met theirs; 1.839% of PII
// characters leaked (138 of 7503: PERSON 85, ADDRESS 47, PASSPORT 6; Kazakh
// first names, plural family names, diminutives, a Hebrew street layout),
// against the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.80
// (engine 1.78.0), with heldout137's: a clinic's, a centre's or a hotel's
// name before or after its address stays out of it ("Universitätsklinikum
// Heidelberg, Im Neuenheimer Feld 672", "…, 45147 Essen, West German Proton
// Therapy Centre"), "Transaction IDs 88213, 88214" is no address, a metro
// station after a dash, a family the tables lack after "семью"
// ("Калиевых"), Kazakh first names (Даниял, Асылхан, Daniyal, Alinur),
// anonymous donors, "Roth Foundation", "Tchaikovsky Charity Concert". With
// rules-2025.80: ADDRESS 0.986, PERSON 0.982, the others 1.0; leak 1.106%
// (83 of 7503: ADDRESS 47, PERSON 30, PASSPORT 6).

// heldout136Floor guards the tuned level.
var heldout136Floor = map[string]float64{
	TypeBankAccount: 0.99, TypeCard: 0.99, TypeEmail: 0.99, TypeINN: 0.99, TypeIP: 0.99, TypeOGRN: 0.99,
	TypePassport: 0.99, TypePhone: 0.99, TypeSNILS: 0.99, TypeAddress: 0.98, TypePerson: 0.98,
}

// heldout136MaxLeak: target 0.005; 1.839% untuned, 1.106% tuned.
const heldout136MaxLeak = 0.012

func TestHeldout136(t *testing.T) {
	corpusCheck{file: "testdata/heldout136.jsonl", name: "hundred-and-thirty-sixth held-out corpus", minMessages: 250,
		floors: heldout136Floor, everyType: true, maxLeak: heldout136MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
