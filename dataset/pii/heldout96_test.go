package pii

import "testing"

// testdata/heldout96.jsonl is the ninety-sixth held-out file: 274 messages
// (142 Russian, 132 English; 63 without personal data; 820 gold spans:
// PERSON 563, PHONE 66, ADDRESS 44, EMAIL 37, IP 33, INN 18, PASSPORT 17,
// CARD 12, BANK_ACCOUNT 11, OGRN 11, SNILS 8), written by hand by someone
// who saw neither the engine nor any other labelled file, while the engine
// was tuned on heldout94 and heldout95. It is the CRM of a premium
// matchmaking agency in Moscow, St Petersburg, Almaty and Dubai with
// clients from the UK, US, France, Italy, Turkey and Korea: questionnaires,
// matchmakers' notes, date bookings, feedback, contracts and consents,
// invoices and payment logs, complaints and refunds, identity checks by
// video call, HR records. Chats, lower-case transcripts, e-mails with
// headers, quoted replies, forwards and signatures, tables, security logs,
// PNRs. First names alone in every case form with no cue, diminutives and
// pet forms (Ксюша, Сашенька, Димка, Лёха, Katyusha), lower case, capitals,
// surnames alone, initials, Kazakh, Arab, Turkish, Korean, French and
// Italian names; names that are words used both ways (Надежда, Любовь,
// Вера, Роза, Лев also a zodiac sign, Слава, Мира, Роман, Hope, Faith, Joy,
// Grace, Will, Mark, June, May, Bill, Frank, Chase, Summer, Georgia,
// Mercedes, Victoria); titles outside; restaurants and brands named after
// people (Пушкин, Dr. Живаго, Анна Каренина, Palkin, Tom Ford). Addresses
// in Russian, Almaty (мкр.), Dubai, London, New York, Paris, Milan,
// Istanbul and Berlin, transliterated. Negatives: contracts, invoices,
// orders, bookings, client and transaction ids, ages, heights, promo codes,
// КПП, ОКПО, БИК, correspondent accounts, masked cards and passports,
// versions, numbers with a wrong check digit.
//
// The engine was judged on it once, untuned, with rules-2025.57 (engine
// 1.55.0, commit ed7b153): BANK_ACCOUNT, EMAIL, INN, IP, OGRN, PASSPORT,
// PHONE and SNILS 1.0, ADDRESS 0.9655 (targets met); CARD 0.857 (three
// missed in one English message) and PERSON 0.914 (69 missed:
// first names with no cue) miss their targets; 5.570% of PII characters
// leaked (584 of 10485: PERSON 389, ADDRESS 141, CARD 54), against the
// target of 0.5%.
//
// It is no longer held out: after that run its misses (with heldout97's)
// drove rules-2025.58 (engine 1.56.0). With rules-2025.58: CARD 1.0 (a
// card's number before its charge's currency is no amount), PERSON 0.914
// unchanged (69 missed: names that are words with no cue, Hope, Mark,
// Faith, Joy, Summer, Hunter, Лев, Вера, Роза, Мира, the writer's trap for
// a rule engine), the other types as before; leak 5.055% (530 of 10485:
// PERSON 389, ADDRESS 141).

// heldout96Floor guards the tuned level.
var heldout96Floor = map[string]float64{
	TypeBankAccount: 0.99, TypeCard: 0.99, TypeEmail: 0.99, TypeINN: 0.99, TypeIP: 0.99, TypeOGRN: 0.99,
	TypePassport: 0.99, TypePhone: 0.99, TypeSNILS: 0.99, TypeAddress: 0.96, TypePerson: 0.91,
}

// heldout96MaxLeak: target 0.005; 5.570% untuned, 5.055% tuned.
const heldout96MaxLeak = 0.051

func TestHeldout96(t *testing.T) {
	corpusCheck{file: "testdata/heldout96.jsonl", name: "ninety-sixth held-out corpus", minMessages: 250,
		floors: heldout96Floor, everyType: true, maxLeak: heldout96MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
