package pii

import "testing"

// testdata/heldout53.jsonl is the fifty-third held-out file: 263 messages
// (131 Russian, 132 English; 52 without personal data; 549 gold spans:
// PERSON 317, PHONE 54, EMAIL 34, ADDRESS 34, INN 24, PASSPORT 21, IP 15,
// BANK_ACCOUNT 14, OGRN 12, CARD 12, SNILS 12), written by hand by someone
// who saw neither the engine nor any other labelled file, while the engine
// was tuned on heldout50 and heldout51. It is the CRM of a dental clinic
// chain with an orthodontics department and a dental lab: reminders,
// treatment plans and estimates, instalments, refunds, card and SBP
// payments, tax-deduction certificates with the taxpayer's INN and SNILS,
// CBCT and X-ray referrals, parental consents, ДМС guarantee letters and
// refusals, lab work orders, supplier and sole-trader requisites; foreign
// patients from Kazakhstan, Armenia, the UK, Germany, Israel and China
// (and Japan, the UAE). Chats, lower-case transcripts with spoken phones
// and a spoken passport, letters and complaints, e-mails with headers,
// signatures and quoted history, logs, requisites, lists, forms. Names in
// every case, diminutives, lower case, initials, signatures and headers,
// capitals on cards, a name in Chinese characters; titles outside; local
// network IPs of a server, a printer and a workstation labelled. Negatives:
// eponyms (Angle, Frankel, Hawley, Green–Vermillion, Sjögren, Hutchinson,
// Down, Bell), brands (Damon, Straumann, Jack Daniel's, Faith gel), Вера
// в…, Слава богу, Мороз the frost, Will you, Mark my words, Victoria the
// city; FDI tooth numbers (36, 4.6, 3.4–3.6), shade codes (A2, 3M2), lot
// and REF numbers, doctors' licences, order, ticket, invoice, claim and
// contract numbers, tracking numbers, SKUs, ОМС and ДМС policies, КПП, БИК,
// ОКПО, correspondent accounts, RRN, masked cards, amounts, dates, versions
// shaped like IPs, and INN, SNILS and card numbers with a wrong check digit
// (a SNILS next to a valid one with the same base).
//
// The engine was judged on it once, untuned, with rules-2025.31 (engine
// 1.29.0, commit 703d3c4): every identifier type 1.0, PERSON 0.965 and
// ADDRESS 0.939: every F1 target met; 1.946% of PII characters leaked (170
// of 8735: ADDRESS 96, PERSON 68, PASSPORT 6), against the target of 0.5%.

// It is no longer held out: after that run its misses (with heldout52's)
// drove rules-2025.32 (engine 1.30.0). With rules-2025.32: ADDRESS 0.985,
// PERSON 0.968, every other type 1.0; leak 1.088% (PERSON 68: Chinese and
// Armenian names, "Li Na", "王磊", "Vahagn", lower-case names; ADDRESS 21;
// PASSPORT 6).

// heldout53Floor guards the tuned level.
var heldout53Floor = map[string]float64{
	TypeBankAccount: 0.99, TypeCard: 0.99, TypeEmail: 0.99, TypeINN: 0.99, TypeIP: 0.99, TypeOGRN: 0.99,
	TypePassport: 0.99, TypePhone: 0.99, TypeSNILS: 0.99, TypeAddress: 0.98, TypePerson: 0.96,
}

// heldout53MaxLeak: target 0.005; 1.946% untuned, 1.088% tuned.
const heldout53MaxLeak = 0.011

func TestHeldout53(t *testing.T) {
	corpusCheck{file: "testdata/heldout53.jsonl", name: "fifty-third held-out corpus", minMessages: 250,
		floors: heldout53Floor, everyType: true, maxLeak: heldout53MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
