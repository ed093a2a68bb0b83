package pii

import "testing"

// testdata/heldout279.jsonl is the two-hundred-and-seventy-ninth held-out
// file: 278 messages (140 Russian, 138 English; 64 without personal data;
// 534 gold spans: PERSON 256, PHONE 74, ADDRESS 62, EMAIL 43, PASSPORT 24,
// IP 22, INN 18, BANK_ACCOUNT 12, CARD 11, OGRN 8, SNILS 4), written by
// hand by someone who saw neither the engine nor any other labelled file,
// while the engine was tuned on heldout272 to heldout275.
// It is the CRM of a freight trucking and logistics company serving
// Russia, Kazakhstan, Uzbekistan, Belarus and Tajikistan, with partners in
// China and the EU: shippers' and consignees' contracts and requisites,
// drivers' documents, route sheets, cargo damage claims, GPS alerts,
// customs and border updates, HR onboarding, complaints, deletion
// requests. Messenger chats, lower-case call transcripts of drivers on the
// road, SMS, web forms, e-mails with headers, quotes, forwards and
// signatures, pipe and semicolon route sheets, CSV contact sheets, a
// machine-readable passport line, a scanned passport, GPS, payment and
// login logs. Uzbek, Tajik, Kazakh and Caucasian names, every case form,
// diminutives, names that are also words used both ways. Negatives:
// warehouses, terminals and border crossings, ТТН, CMR, container, seal
// and declaration numbers, plates, an IMEI, БИН, УНП, КПП, БИК, ОКПО,
// masked cards, versions shaped like IPs, wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.148 (engine
// 1.143.0, commit 5e1110f): every F1 target met (ADDRESS 0.992; PASSPORT
// 0.979: an Uzbek passport inside its machine-readable line; PERSON 0.978;
// the other types 1.0); 0.369% of PII characters leaked (33 of 8942:
// PERSON 24, PASSPORT 9): the leak target of 0.5% met too.
//
// It is no longer held out: its misses were read with those of heldout276,
// heldout277, heldout278 for rules-2025.149 (engine 1.144.0), but none drove
// a rule. With rules-2025.149: as untuned; 0.369% leaked (33 of 8942).

// heldout279Floor holds the tuned figures: the targets, all met.
var heldout279Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.97, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout279MaxLeak: target 0.005, met untuned (0.369%) and tuned (0.369%).
const heldout279MaxLeak = 0.004

func TestHeldout279(t *testing.T) {
	corpusCheck{file: "testdata/heldout279.jsonl", name: "two-hundred-and-seventy-ninth held-out corpus", minMessages: 250,
		floors: heldout279Floor, everyType: true, maxLeak: heldout279MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
