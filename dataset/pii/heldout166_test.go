package pii

import "testing"

// testdata/heldout166.jsonl is the hundred-and-sixty-sixth held-out file:
// 276 messages (138 Russian, 138 English; 62 without personal data; 455
// gold spans: PERSON 231, PHONE 56, IP 45, ADDRESS 42, EMAIL 37, PASSPORT
// 21, CARD 20, INN 12, BANK_ACCOUNT 11, OGRN 7, SNILS 6), written by hand
// by someone who saw neither the engine nor any other labelled file, while
// the engine was tuned on heldout164 and heldout165. It is the CRM of a
// cryptocurrency exchange's support, KYC and AML desk with clients in
// Russia, Kazakhstan, Georgia, Turkey and the UAE: verification with
// passports and selfies, card and bank deposits and withdrawals, P2P
// disputes, frozen accounts, source-of-funds letters, 2FA resets, login
// alerts, complaints, access and deletion requests. Chats, SMS, lower-case
// call transcripts, e-mails with headers, quotes, forwards and signatures,
// forms, CSV and pipe tables, security logs with IPv4 and IPv6, OCR'd
// Russian and Turkish passports, an Emirates ID and Kazakh and Georgian ID
// cards. Kazakh, Georgian, Turkish and Arabic names in both alphabets and
// in Georgian and Arabic script, every case form, diminutives, lower-case
// names, initials; nicknames (crypto_lev, Victoria_BTC), coins and tokens
// (Floki, Doge, Lido), vaults and test accounts named like people, names
// that are also words both ways. Negatives: ticket, order, withdrawal, KYC,
// AML and contract numbers, transaction hashes and wallet addresses, a VIN,
// plates, ОМС and ОСАГО policies, КПП, БИК, ОКПО, correspondent accounts,
// IP-shaped versions, masked cards, wrong check digits; national ID
// numbers (Emirates ID, TC kimlik, Kazakh and Georgian IDs) unlabelled.
//
// The engine was judged on it once, untuned, with rules-2025.98 (engine
// 1.96.0, commit 48fa12b): every type met its F1 target (PERSON 0.944,
// ADDRESS 0.963, IP 0.989, the others 1.0); 3.267% of PII characters
// leaked (275 of 8418: ADDRESS 159, PERSON 116: Dubai tower addresses,
// Arabic names with "аль"/"al", Georgian and Kazakh letters), against the
// target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.99
// (engine 1.97.0), with those of heldout167: a unit, its tower and its
// district ("Office 1807, Aspect Tower, Business Bay, Dubai"), Arabic
// particles inside a name, coins, nationalities, vaults named like people.
// With rules-2025.99: ADDRESS 1.0, PERSON 0.967, IP 0.989, the others 1.0;
// leak 1.188% (100 of 8418: PERSON 93, ADDRESS 7).
//
// Since rules-2025.215 the engine masks an Emirates ID as an identity
// document, as heldout642 labels it; this file leaves its one unlabelled,
// so its PASSPORT F1 is 0.977 (one false positive) and its floor 0.97.

// heldout166Floor guards the tuned level.
var heldout166Floor = map[string]float64{
	TypeBankAccount: 0.99, TypeCard: 0.99, TypeEmail: 0.99, TypeINN: 0.99, TypeIP: 0.98, TypeOGRN: 0.99,
	TypePassport: 0.97, TypePhone: 0.99, TypeSNILS: 0.99, TypeAddress: 0.99, TypePerson: 0.96,
}

// heldout166MaxLeak: target 0.005; 3.267% untuned, 1.188% tuned.
const heldout166MaxLeak = 0.012

func TestHeldout166(t *testing.T) {
	corpusCheck{file: "testdata/heldout166.jsonl", name: "hundred-and-sixty-sixth held-out corpus", minMessages: 250,
		floors: heldout166Floor, everyType: true, maxLeak: heldout166MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
