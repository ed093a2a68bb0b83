package pii

import "testing"

// testdata/heldout160.jsonl is the hundred-and-sixtieth held-out file: 280
// messages (142 Russian, 138 English; 60 without personal data; 523 gold
// spans: PERSON 273, ADDRESS 72, PHONE 56, EMAIL 26, INN 20, CARD 20, IP
// 15, PASSPORT 14, BANK_ACCOUNT 12, SNILS 8, OGRN 7), written by hand by
// someone who saw neither the engine nor any other labelled file, while the
// engine was tuned on heldout158 and heldout159. It is the CRM of a
// home-repair marketplace for plumbers, electricians, tilers and furniture
// assemblers: job requests with flats, entrances, floors and door codes,
// quotes, bookings, route sheets, warranty call-backs, damage disputes,
// handymen's onboarding (passports, self-employed INN, SNILS, sole traders'
// OGRNIP, payout cards and accounts), clients' payments, declines,
// refunds and chargebacks, reviews, complaints, deletion requests. Chats,
// lower-case call transcripts, e-mails with headers, quotes, forwards and
// signatures, web forms, CSV and pipe tables, app and payment logs with
// IPv4 and IPv6, SMS, free-text reviews. Every case form, diminutives,
// first name and patronymic ("Виктор Палыч"), initials, lower-case names,
// families in the plural labelled, titles and "мастер" outside; tool and
// appliance brands next to names unlabelled; names that are also words
// both ways. Russian, Moscow-in-English, UK and other addresses; compact
// houses ("45-17", "26к1"). Negatives: order, dispute, invoice, quote,
// contract and payout numbers, RRNs, fiscal document numbers, tracking
// numbers, ОМС, КПП, БИК, ОКПО, correspondent accounts, masked cards,
// plates, IP-shaped versions, door codes, wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.91 (engine
// 1.89.0, commit 12620c5): BANK_ACCOUNT 0.960 (an account the text calls
// invalid, with no БИК to check it) and PASSPORT 0.966 (a Belarusian
// passport after "Паспорт РБ" that the writer left unlabelled) missed their
// targets, PERSON 0.976 and the other types (1.0) met theirs; 0.693% of PII
// characters leaked (55 of 7932: PERSON 39, ADDRESS 16), against the
// target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.92
// (engine 1.90.0), with those of heldout161: an account the text calls
// wrong ("неверный ключ") is no account when no БИК can check it, a past
// verb before a name ("Передали Ульяне"), English names that are also
// words after greetings, introductions and kin ("hey mark can u", "its
// grace again", "my husband mark"). With rules-2025.92: PERSON 0.983,
// PASSPORT 0.966, the others 1.0; leak 0.580% (46 of 7932: PERSON 30,
// ADDRESS 16).

// heldout160Floor guards the tuned level.
var heldout160Floor = map[string]float64{
	TypeBankAccount: 0.99, TypeCard: 0.99, TypeEmail: 0.99, TypeINN: 0.99, TypeIP: 0.99, TypeOGRN: 0.99,
	TypePassport: 0.96, TypePhone: 0.99, TypeSNILS: 0.99, TypeAddress: 0.99, TypePerson: 0.98,
}

// heldout160MaxLeak: target 0.005; 0.693% untuned, 0.580% tuned.
const heldout160MaxLeak = 0.006

func TestHeldout160(t *testing.T) {
	corpusCheck{file: "testdata/heldout160.jsonl", name: "hundred-and-sixtieth held-out corpus", minMessages: 250,
		floors: heldout160Floor, everyType: true, maxLeak: heldout160MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
