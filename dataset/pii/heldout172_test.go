package pii

import "testing"

// testdata/heldout172.jsonl is the hundred-and-seventy-second held-out
// file: 274 messages (140 Russian, 134 English; 63 without personal data;
// 502 gold spans: PERSON 262, ADDRESS 75, PHONE 60, EMAIL 36, CARD 12, IP
// 12, INN 11, BANK_ACCOUNT 11, PASSPORT 9, OGRN 8, SNILS 6), written by
// hand by someone who saw neither the engine nor any other labelled file,
// while the engine was tuned on heldout170 and heldout171. It is the CRM
// of a pharmacy chain with online orders in Moscow, St Petersburg,
// Novosibirsk and smaller towns: pickup and courier orders, prescriptions
// with doctors, pharmacists' advice, out-of-stock drugs and analogues,
// loyalty cards, card payments and refunds, wrong-drug complaints, shift
// rosters, supply contracts with clinics and sole traders, deletion
// requests. Chats, SMS, lower-case call transcripts (addresses said in
// words), e-mails with headers, quotes, forwards and signatures, forms,
// pipe and CSV tables, courier, payment and login logs, OCR'd
// prescriptions and passports. Pharmacists by first name, every case
// form, diminutives, names in capitals, titles outside; drugs and
// supplements that look like names (Мирамистин, Пенталгин, «Ксения»,
// Xenical, Nurofen), Botkin's disease, a clinic «Лев и Ко» and names that
// are also words unlabelled. Negatives: order, receipt, invoice, contract,
// claim, batch, SKU and tracking numbers, loyalty cards, masked cards,
// RRNs, ОМС, a migration card, КПП, БИК, ОКПО, correspondent accounts, a
// VIN, a plate, an IP-shaped version, wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.104 (engine
// 1.102.0, commit 2a7a764): every type met its F1 target (PERSON 0.970:
// drugs read as people, ADDRESS 0.993, EMAIL 0.973: the chain's own
// addresses, which the writer left unlabelled against the brief, the others
// 1.0); 0.948% of PII characters leaked (76 of 8019: ADDRESS 65, PERSON
// 11), against the target of 0.5%.
//
// It is no longer held out: after that run its false alarms drove
// rules-2025.105 (engine 1.103.0), with the misses of heldout173: drug
// names in any case form ("флакон Мирамистина", "Nurofen Forte"), a
// "Magistral" street ("Vokzalnaya Magistral 16"). With rules-2025.105: PERSON 0.987, ADDRESS 1.0, EMAIL 0.973, the others
// 1.0; leak 0.499% (40 of 8019: ADDRESS 29, PERSON 11).

// heldout172Floor guards the tuned level.
var heldout172Floor = map[string]float64{
	TypeBankAccount: 0.99, TypeCard: 0.99, TypeEmail: 0.97, TypeINN: 0.99, TypeIP: 0.99, TypeOGRN: 0.99,
	TypePassport: 0.99, TypePhone: 0.99, TypeSNILS: 0.99, TypeAddress: 0.99, TypePerson: 0.98,
}

// heldout172MaxLeak: target 0.005; 0.948% untuned, 0.499% tuned.
const heldout172MaxLeak = 0.005

func TestHeldout172(t *testing.T) {
	corpusCheck{file: "testdata/heldout172.jsonl", name: "hundred-and-seventy-second held-out corpus", minMessages: 250,
		floors: heldout172Floor, everyType: true, maxLeak: heldout172MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
