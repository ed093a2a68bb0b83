package pii

import "testing"

// testdata/heldout57.jsonl is the fifty-seventh held-out file: 260 messages
// (130 Russian, 130 English; 59 without personal data; 562 gold spans:
// PERSON 314, PHONE 59, EMAIL 34, ADDRESS 31, IP 25, INN 21, BANK_ACCOUNT
// 20, PASSPORT 16, OGRN 15, CARD 15, SNILS 12), written by hand by someone
// who saw neither the engine nor any other labelled file, while the engine
// was tuned on heldout54 and heldout55. It is the CRM of an online tutoring
// school: ЕГЭ, ОГЭ, IELTS and SAT preparation, trial lessons,
// subscriptions by card, refunds and chargebacks, certificates, textbooks
// shipped to pupils abroad (the UK, the US, the UAE, Israel, Kazakhstan,
// Serbia, Georgia) with local phones and addresses; pupils, parents,
// self-employed and entrepreneur tutors with their INN, SNILS, passports,
// accounts and OGRNIP. Chats, lower-case call and voice-note transcripts
// with spoken phones, letters, e-mails with signatures and quoted replies,
// notices, login logs, requisites, rosters. Names in every case,
// diminutives (Тимоша, Лёвушка, Дашуля, Ollie, Kolya), initials, titles
// outside (Prof., Aunt, mister); foreign passports; IPv6. Course titles and
// tariffs with names are products, logins and handles are not labelled.
// Negatives: "Пушкин и его эпоха", "Shakespeare in 10 lessons", "Charlie
// and the Chocolate Factory", tariffs Марк, Лев and Роман, Роза ветров,
// Вера в успех, Слава богу, Лада Веста, Надежда есть, Любовь к
// литературе, Will you, Mark my words, Mark the homework, Grace period,
// Bill is ready, Victoria and Florence the places; order, ticket, claim,
// invoice, refund and certificate numbers, tracking numbers, customs
// declarations, amounts, dates, КПП, БИК, ОКПО, correspondent accounts,
// ОМС, licences, a UAE TRN, app, Zoom and browser versions shaped like IPs,
// masked cards, and INN, SNILS, OGRN, card and account numbers with a
// wrong check digit or key next to the valid ones.
//
// The engine was judged on it once, untuned, with rules-2025.33 (engine
// 1.31.0, commit ee35aac): BANK_ACCOUNT, CARD, EMAIL, INN, IP, OGRN and
// SNILS 1.0, PERSON 0.967 (target met); PHONE 0.967, PASSPORT 0.968 and
// ADDRESS 0.912 miss theirs; 4.052% of PII characters leaked (338 of 8341:
// ADDRESS 217, PERSON 67, PHONE 46, PASSPORT 8): five foreign addresses
// for textbook delivery missed.

// It is no longer held out: after that run its misses (with heldout56's)
// drove rules-2025.34 (engine 1.32.0). With rules-2025.34: PHONE 0.992,
// PERSON 0.974, PASSPORT 0.968 (an Israeli passport "— 33871902" with the
// word three words back), ADDRESS 0.967, every other type 1.0; leak 2.626%
// (ADDRESS 98: "Marina Gate Tower 2, Apt 3107, Dubai Marina", "Bulevar
// oslobođenja 112, stan 9"; PERSON 67; PHONE 46: a US number read out).

// heldout57Floor guards the tuned level.
var heldout57Floor = map[string]float64{
	TypeBankAccount: 0.99, TypeCard: 0.99, TypeEmail: 0.99, TypeINN: 0.99, TypeIP: 0.99, TypeOGRN: 0.99,
	TypeSNILS: 0.99, TypePhone: 0.98, TypePerson: 0.96, TypePassport: 0.96, TypeAddress: 0.96,
}

// heldout57MaxLeak: target 0.005; 4.052% untuned, 2.626% tuned.
const heldout57MaxLeak = 0.027

func TestHeldout57(t *testing.T) {
	corpusCheck{file: "testdata/heldout57.jsonl", name: "fifty-seventh held-out corpus", minMessages: 250,
		floors: heldout57Floor, everyType: true, maxLeak: heldout57MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
