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
// 1.40.0, commit 8a6ca4b): ADDRESS, BANK_ACCOUNT, CARD, INN, IP, OGRN and
// SNILS 1.0, PHONE 0.982, EMAIL 0.977, PERSON 0.976 (targets met);
// PASSPORT 0.944 (one missed, one false alarm) misses its target; 1.109% of
// PII characters leaked (94 of 8475: ADDRESS 38, PHONE 31, PERSON 15,
// PASSPORT 10), against the target of 0.5%. It has not been tuned on: these
// are held-out figures.

// heldout72Floor is the target where it was met, else a floor just
// below the level reached.
var heldout72Floor = map[string]float64{
	TypeAddress: 0.97, TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97,
	TypeOGRN: 0.97, TypePhone: 0.97, TypeSNILS: 0.97, TypePerson: 0.92,
	TypePassport: 0.94, // target 0.97: missed (0.944)
}

// heldout72MaxLeak: target 0.005, missed (1.109%).
const heldout72MaxLeak = 0.012

func TestHeldout72(t *testing.T) {
	corpusCheck{file: "testdata/heldout72.jsonl", name: "seventy-second held-out corpus", minMessages: 250,
		floors: heldout72Floor, everyType: true, maxLeak: heldout72MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
