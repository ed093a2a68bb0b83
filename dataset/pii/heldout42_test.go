package pii

import "testing"

// testdata/heldout42.jsonl is the forty-second held-out file: 258 messages
// (130 Russian, 128 English; 56 without personal data; 606 gold spans:
// PERSON 298, PHONE 76, ADDRESS 66, EMAIL 38, INN 27, BANK_ACCOUNT 22,
// PASSPORT 19, OGRN 17, CARD 16, IP 15, SNILS 12), written by hand by
// someone who saw neither the engine nor any other labelled file, while the
// engine was tuned on heldout40 and heldout41. It is the CRM of a car
// insurance claims and roadside assistance service: accident reports, other
// drivers and witnesses, police records, tow trucks, body shops and
// estimates, replacement cars, payouts, fraud and security checks,
// requisites of shops, tow operators and policyholders' firms; Russian
// drivers and expats and tourists in rented cars (UK, US, German, French,
// Italian, Chinese, Korean, Dutch, Uzbek). Chats, letters, e-mails with
// signatures and quoted replies, lower-case call notes, logs, requisites,
// payout registers, lists. Names in every case, initials, diminutives,
// lower case, possessives, vocatives, names split by titles (Mr., Mrs.,
// Dr., Lt. outside). Russian postal addresses in full, spoken ones and
// English-order ones; "серия … номер …" and Latin-letter passports (Czech,
// German, Dutch, Chinese, US); cards in several groupings; accounts keyed to
// their БИК; IPv4 and IPv6. Negatives: Вера в…, Слава богу, Лада
// Веста/Гранта/Калина, Will you, Mark my words, a car jack, Ford and
// Mercedes the brands, Victoria Street, grant, bill and sue as words;
// claim, contract, ОСАГО and КАСКО policy, invoice, ticket and tracking
// numbers, VINs, plates, amounts, dates, КПП, БИК, ОКПО, correspondent
// accounts, ОМС, driving licence and police record numbers, masked cards,
// versions shaped like IPs, extensions, and INN, SNILS and card numbers
// with a wrong check digit next to the right ones.
//
// The engine was judged on it once, untuned, with rules-2025.26 (engine
// 1.24.0, commit 2ef4a63): every identifier type 1.0, PERSON 0.973 and
// ADDRESS 0.953 (every target met); 1.941% of PII characters leaked (195 of
// 10045: ADDRESS 134, PERSON 61), against the target of 0.5%.

// It is no longer held out: after that run its misses (with heldout43's)
// drove rules-2025.27 (engine 1.25.0). With rules-2025.27: ADDRESS 0.992,
// PERSON 0.985, every other type 1.0; leak 0.876% (ADDRESS 47: an ordinal
// transliterated street, "1-ya Tverskaya-Yamskaya, 21"; PERSON 41).

// heldout42Floor guards the tuned level.
var heldout42Floor = map[string]float64{
	TypeBankAccount: 0.99, TypeCard: 0.99, TypeEmail: 0.99, TypeINN: 0.99, TypeIP: 0.99, TypeOGRN: 0.99,
	TypePassport: 0.99, TypePhone: 0.99, TypeSNILS: 0.99, TypeAddress: 0.99, TypePerson: 0.98,
}

// heldout42MaxLeak: target 0.005; 1.941% untuned, 0.876% tuned.
const heldout42MaxLeak = 0.009

func TestHeldout42(t *testing.T) {
	corpusCheck{file: "testdata/heldout42.jsonl", name: "forty-second held-out corpus", minMessages: 250,
		floors: heldout42Floor, everyType: true, maxLeak: heldout42MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
