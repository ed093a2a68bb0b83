package pii

import "testing"

// testdata/heldout72.jsonl is the seventy-second held-out file: 275
// messages (141 Russian, 134 English; 62 without personal data; 561 gold
// spans: PERSON 301, PHONE 57, ADDRESS 46, EMAIL 43, INN 19, IP 18,
// PASSPORT 18, BANK_ACCOUNT 17, CARD 14, OGRN 14, SNILS 14), written by
// hand by someone who saw neither the engine nor any other labelled file,
// while the engine was tuned on heldout70 and heldout71. It is the support
// of an e-scooter and bike sharing service in Russia and the UK: ride fines
// and disputes, damage charges, accidents and insurance claims, deposits
// and refunds, account verification, fraud and security logs, city and
// police requests, partner parking zones at business centres. Chats,
// letters and complaints, e-mails with headers, signatures and quoted
// history, lower-case call and voice transcripts, notices, requisites,
// shift handovers, payout and review lists. Names in every case, with
// initials, patronymic alone, diminutives, lower case, titles outside.
// Addresses Russian in full and short form, English-language Moscow ones,
// UK ones with postcodes. Negatives: business centres and malls named like
// people, streets after people, a brand, a car model, an insurer, a law
// firm, a hospital, "Слава богу", "Will you", "Mark as resolved", "Grant
// access", "Frank feedback", Victoria the place beside a Victoria; ride,
// order, ticket, claim, invoice, contract and chargeback numbers, fine
// decrees, policies, ОМС, КПП, БИК, ОКПО, correspondent accounts, VINs,
// plates, SKUs, tracking numbers, masked cards and a masked phone,
// versions shaped like IPs; driving licences, СТС and a birth certificate
// shaped like passports, and INN, SNILS, OGRN, card and account numbers
// with a wrong check digit beside valid ones.
//
// The engine was judged on it once, untuned, with rules-2025.42 (engine
// 1.40.0, commit 112c237): ADDRESS, BANK_ACCOUNT, CARD, INN, IP, OGRN and
// SNILS 1.0, PHONE 0.982, EMAIL 0.977, PERSON 0.976 (targets met);
// PASSPORT 0.944 (one missed, one false alarm) misses its target; 1.109% of
// PII characters leaked (94 of 8475: ADDRESS 38, PHONE 31, PERSON 15,
// PASSPORT 10), against the target of 0.5%.
//
// It is no longer held out: after that run its misses (with heldout73's)
// drove rules-2025.43 (engine 1.41.0). With rules-2025.43: every type 1.0
// but EMAIL 0.977 (two partner mailboxes the writer left unlabelled),
// PHONE 0.991 (a UK number with a digit too many) and PERSON 0.980 (the
// service's own name, Katim, taken for a person five times; "Mo" missed);
// leak 0.437% (37 of 8475: PERSON 15, PHONE 14, ADDRESS 8).

// heldout72Floor guards the tuned level.
var heldout72Floor = map[string]float64{
	TypeAddress: 0.99, TypeBankAccount: 0.99, TypeCard: 0.99, TypeINN: 0.99, TypeIP: 0.99, TypeOGRN: 0.99,
	TypePassport: 0.99, TypeSNILS: 0.99, TypeEmail: 0.97, TypePhone: 0.99, TypePerson: 0.97,
}

// heldout72MaxLeak: target 0.005; 1.109% untuned, 0.437% tuned.
const heldout72MaxLeak = 0.005

func TestHeldout72(t *testing.T) {
	corpusCheck{file: "testdata/heldout72.jsonl", name: "seventy-second held-out corpus", minMessages: 250,
		floors: heldout72Floor, everyType: true, maxLeak: heldout72MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
