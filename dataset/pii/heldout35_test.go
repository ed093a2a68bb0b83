package pii

import "testing"

// testdata/heldout35.jsonl is the thirty-fifth held-out file: 264 messages
// (133 Russian, 131 English; 61 without personal data; 539 gold spans:
// PERSON 303, PHONE 55, EMAIL 46, ADDRESS 37, INN 21, PASSPORT 14, CARD 13,
// BANK_ACCOUNT 13, IP 13, OGRN 12, SNILS 12), written by hand by someone
// who saw neither the engine nor any other labelled file, while the engine
// was tuned on heldout32 and heldout33. It is the CRM of a charity
// foundation with a volunteer network: donors and recurring donations,
// refunds of mistaken or duplicate payments, tax receipts (Russian, US, UK,
// German donors), beneficiaries and their families, hospital, school and
// hospice partners and their requisites, volunteer registration, shifts and
// background checks, fundraising events and auctions, grant reports,
// security and audit logs. Chats, letters, e-mails with signatures and
// quoted history, lower-case call transcripts (an address with its house
// spoken, a stuttered name), notices, requisites, rosters and lists. Names
// in every case, initials ("Ермолаева Т.С."), diminutives and vocatives
// (Саш, Надь, Лёху), lower case, signatures and quotes; titles outside.
// Passports: a Russian one with "серия … номер/№", foreign ones (a US-style
// letter and eight digits, a nine-digit UK one after "passport"); phones
// from Russia (8-800 too), the UK, the US, Poland, Belarus, Denmark and
// Kazakhstan; Russian, UK, US and German addresses, clinics' and legal ones;
// IPv4 and IPv6 in logs. Negatives: Вера в…, Слава богу, Лада Веста, Will
// you, Mark my words, Victoria as a city or a warehouse, St Mary's school;
// order, ticket, invoice, contract, refund and receipt numbers, tracking,
// ОМС, КПП, БИК, ОКПО, correspondent accounts, ФН/ФД/ФП receipt fields, a
// VIN, a plate, masked cards, versions shaped like IPs, amounts, dates, and
// an INN, an OGRN, a SNILS, a card, a short account and a short passport
// that are invalid.
//
// The engine was judged on it once, untuned, with rules-2025.22 (engine
// 1.20.0, commit 08c1ead): BANK_ACCOUNT, CARD, EMAIL, INN, IP, OGRN, PHONE
// and SNILS 1.0, ADDRESS 0.986 and PERSON 0.959 (targets met); PASSPORT
// 0.933 (2 false alarms) misses its target; 1.830% of PII characters leaked
// (158 of 8633: PERSON 84, ADDRESS 74).

// It is no longer held out: after that run its misses (with heldout34's)
// drove rules-2025.23 (engine 1.21.0). With rules-2025.23: PASSPORT 1.0,
// ADDRESS 0.986 (a Zelenograd building number in English), PERSON 0.980,
// the other types 1.0; leak 1.054% (ADDRESS 51, PERSON 40).

// heldout35Floor guards the tuned level.
var heldout35Floor = map[string]float64{
	TypeBankAccount: 0.99, TypeCard: 0.99, TypeEmail: 0.99, TypeINN: 0.99, TypeIP: 0.99, TypeOGRN: 0.99,
	TypePassport: 0.99, TypePhone: 0.99, TypeSNILS: 0.99, TypeAddress: 0.98, TypePerson: 0.97,
}

// heldout35MaxLeak: target 0.005; 1.830% untuned, 1.054% tuned.
const heldout35MaxLeak = 0.011

func TestHeldout35(t *testing.T) {
	corpusCheck{file: "testdata/heldout35.jsonl", name: "thirty-fifth held-out corpus", minMessages: 250,
		floors: heldout35Floor, everyType: true, maxLeak: heldout35MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
