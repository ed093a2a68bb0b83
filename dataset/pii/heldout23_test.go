package pii

import "testing"

// testdata/heldout23.jsonl is the twenty-third held-out file: 260 messages
// (130 Russian, 130 English; 55 without personal data; 569 gold spans:
// PERSON 310, ADDRESS 45, PHONE 41, EMAIL 35, PASSPORT 32, INN 23, IP 22,
// BANK_ACCOUNT 17, OGRN 16, CARD 15, SNILS 13), written by hand by someone
// who saw neither the engine nor any other labelled file, while the engine
// was tuned on heldout20 and heldout21. It is the CRM of a law firm with a
// notary and of a hotel's front desk sharing a call centre: consultations,
// contracts and powers of attorney, inheritance (heirs, deceased persons,
// estate addresses), divorce and alimony, registration of companies and
// sole traders, court hearings, invoices and requisites; bookings, guest
// registration with Russian and foreign passports, check-in and check-out
// notes, lost and found, complaints, deposit cards, Wi-Fi and security logs
// with IPv4 and IPv6; chats, letters, e-mails with quoted history,
// lower-case transcripts (three phones read out, labelled, and a spoken
// English address), notices, requisites and check-in lists. Names in every
// case, diminutives, lower case, initials, Latin passport names, matters
// named by a surname and families in the plural (labelled); titles stay
// outside. Negatives: idioms, Victoria BC, Lada Vesta, courts named after
// people or places (Бабушкинский, Гагаринский, Pushkinsky), Hotel Pushkin,
// «Гранд Отель Европа», suites "Anastasia", «Екатерина» and «Анна Павлова»,
// "Catherine the Great", the "Tolstoy" room, case numbers (А40-12345/2024,
// 2-1234/2024), articles of codes, booking, invoice, folio and tracking
// numbers, room numbers, КПП, БИК, ОКПО, correspondent accounts, VINs,
// plates, masked cards, versions shaped like IPs, and identifiers with a
// wrong check digit.
//
// The engine was judged on it once, untuned, with rules-2025.16 (engine
// 1.14.0, commit 040715a): BANK_ACCOUNT, CARD, EMAIL, OGRN and SNILS 1.0,
// PHONE 0.988, INN 0.978, ADDRESS 0.956 and PERSON 0.950 (targets met);
// PASSPORT 0.968 (2 of 32 missed) and IP 0.930 (2 of 22 missed, 1 false
// alarm) miss theirs; 3.262% of PII characters leaked (317 of 9719: PERSON
// 127, ADDRESS 117, PASSPORT 24, IP 20, PHONE 19, INN 10).

// It is no longer held out: after that run its misses (with heldout22's)
// drove rules-2025.17 (engine 1.15.0); heldout24.jsonl and heldout25.jsonl
// are the untuned sets. With rules-2025.17: every identifier type but
// PASSPORT (0.984) 1.0, ADDRESS 0.977, PERSON 0.974; leak 2.377% (ADDRESS
// 117, PERSON 94, PASSPORT 15, PHONE 5).

// heldout23Floor guards the tuned level.
var heldout23Floor = map[string]float64{
	TypeBankAccount: 0.99, TypeCard: 0.99, TypeEmail: 0.99, TypeINN: 0.99, TypeOGRN: 0.99, TypePhone: 0.99,
	TypeSNILS: 0.99, TypeIP: 0.99, TypeAddress: 0.97, TypePerson: 0.97,
	TypePassport: 0.98, // 0.9677 untuned, 0.9841 tuned
}

// heldout23MaxLeak: target 0.005; 3.262% untuned, 2.377% tuned.
const heldout23MaxLeak = 0.024

func TestHeldout23(t *testing.T) {
	corpusCheck{file: "testdata/heldout23.jsonl", name: "twenty-third held-out corpus", minMessages: 250,
		floors: heldout23Floor, everyType: true, maxLeak: heldout23MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
