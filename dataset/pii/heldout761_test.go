package pii

import "testing"

// testdata/heldout761.jsonl is the seven-hundred-and-sixty-first held-out
// file: 280 messages (140 Russian, 140 English; 60 without personal data;
// 503 gold spans: PERSON 271, ADDRESS 65, PHONE 52, EMAIL 32, PASSPORT 17,
// IP 16, INN 14, BANK_ACCOUNT 11, CARD 10, OGRN 8, SNILS 7), written by hand
// by someone who saw neither the engine nor any other labelled file, while
// the engine was tuned on files up to heldout756. It is the CRM of a
// children's summer camp and after-school programme in Perm, Kungur and
// Solikamsk: vouchers, parents, counsellors, medical forms, transfers. Chats
// with parents, lower-case call transcripts, e-mails with quotes,
// application forms, CSV of campers, pipe tables, webhooks and logs with
// IPs, OCR'd documents, SMS. Children by diminutive, parents in the genitive
// and dative, counsellors by nickname ("Дизель", "Кэт", "Panda", "Bunny"),
// Komi-Permyak names, birth certificates, village pick-up addresses, phones
// and addresses said in words. Negatives: squads named like people
// ("Маруся", "Иван да Марья"), famous people and characters, an ОМС policy,
// numbers with wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.231 (engine
// 1.226.0, commit 66b2e31): PERSON 0.918, PASSPORT 0.867 missed their
// targets (counsellors' nicknames and squads named like people; birth
// certificates' numbers, "II-ВГ № 604218"); ADDRESS 0.992 and the other
// types (1.0) met theirs; 3.096% of PII characters leaked (273 of 8817:
// PERSON 159, PASSPORT 60, ADDRESS 54), against the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.232
// (engine 1.227.0), with those of the other files from heldout757 to
// heldout764: none of its own misses; the rules from the other files changed
// none of its figures. Left: counsellors' nicknames, squads named like
// people, birth certificates (most labelled files leave them unlabelled),
// Komi-Permyak names, and a street in words. Tuned: PERSON 0.918, PASSPORT
// 0.867, ADDRESS 0.992; 3.096% leaked (273 of 8817).

// heldout761Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout761Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.866, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.917,
}

// heldout761MaxLeak: target 0.005, missed untuned (3.096%), missed tuned (3.096%).
const heldout761MaxLeak = 0.031

func TestHeldout761(t *testing.T) {
	corpusCheck{file: "testdata/heldout761.jsonl", name: "seven-hundred-and-sixty-first held-out corpus", minMessages: 250,
		floors: heldout761Floor, everyType: true, maxLeak: heldout761MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
