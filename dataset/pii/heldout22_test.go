package pii

import "testing"

// testdata/heldout22.jsonl is the twenty-second held-out file: 260 messages
// (130 Russian, 130 English; 67 without personal data; 531 gold spans:
// PERSON 274, PHONE 55, ADDRESS 35, PASSPORT 31, BANK_ACCOUNT 25, EMAIL 25,
// INN 23, IP 22, CARD 15, SNILS 14, OGRN 12), written by hand by someone who
// saw neither the engine nor any other labelled file, while the engine was
// tuned on heldout20 and heldout21. It is the CRM of a retail bank's contact
// centre (Russian clients, expats, foreign students, companies): card blocks
// and reissues, chargebacks, transfers by phone number (СБП) and by
// requisites, account opening and KYC, powers of attorney, heirs of
// deceased clients, salary projects, mortgage and car-loan servicing, fraud
// calls and scam reports, online-bank login alerts with IPv4 and IPv6,
// anti-fraud logs; chats, chat-bot handovers, lower-case transcripts,
// complaints, letters, e-mails, notices, requisites, employee lists and
// operators' notes. Deposit, state-body and foreign-currency accounts are
// BANK_ACCOUNT; a bank's own ИНН is INN. Names in every case, diminutives
// (Мариночка, Слава, Pasha), lower case, initials, hyphenated and foreign
// names; titles (Mr., Officer, Sergeant) stay outside. Negatives: Вера,
// Надежда and Любовь as words, "Mark my words", "grace period", "Will
// you", Victoria as a city and a card product, Jordan the country, Лада
// Веста, branches named after people (ДО «Гагаринский», «Юрий Гагарин»,
// Pushkinskoye), banks named like people (Ренессанс, Открытие, Авангард,
// Хоум), masked cards, RRN, ARN, auth codes, terminal ids, MCC codes, СБП
// ids, SWIFT codes, foreign IBANs, a Kazakh ИИН, certificate, patent and
// migration-card numbers, UK sort codes, БИК, КПП, ОКПО, correspondent
// accounts, contract, claim, ticket and invoice numbers, VINs, plates,
// versions shaped like IPs, and identifiers with a wrong check digit.
//
// The engine was judged on it once, untuned, with rules-2025.16 (engine
// 1.14.0, commit 040715a): every identifier type 1.0, ADDRESS 0.957 and
// PERSON 0.938 (targets met); 3.140% of PII characters leaked (274 of 8727:
// PERSON 142, ADDRESS 132).

// It is no longer held out: after that run its misses (with heldout23's)
// drove rules-2025.17 (engine 1.15.0); heldout24.jsonl and heldout25.jsonl
// are the untuned sets. With rules-2025.17: every identifier type 1.0,
// ADDRESS 0.971, PERSON 0.954; leak 2.349% (PERSON 108, ADDRESS 97).

// heldout22Floor guards the tuned level.
var heldout22Floor = map[string]float64{
	TypeBankAccount: 0.99, TypeCard: 0.99, TypeEmail: 0.99, TypeINN: 0.99, TypeIP: 0.99, TypeOGRN: 0.99,
	TypePassport: 0.99, TypePhone: 0.99, TypeSNILS: 0.99, TypeAddress: 0.97,
	TypePerson: 0.95, // 0.9377 untuned, 0.9541 tuned
}

// heldout22MaxLeak: target 0.005; 3.140% untuned, 2.349% tuned.
const heldout22MaxLeak = 0.024

func TestHeldout22(t *testing.T) {
	corpusCheck{file: "testdata/heldout22.jsonl", name: "twenty-second held-out corpus", minMessages: 250,
		floors: heldout22Floor, everyType: true, maxLeak: heldout22MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
