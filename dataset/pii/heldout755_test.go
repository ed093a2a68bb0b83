package pii

import "testing"

// testdata/heldout755.jsonl is the seven-hundred-and-fifty-fifth held-out
// file: 280 messages (140 Russian, 140 English; 60 without personal data;
// 522 gold spans: PERSON 274, ADDRESS 66, PHONE 58, EMAIL 37, IP 17,
// PASSPORT 17, INN 15, BANK_ACCOUNT 12, CARD 11, OGRN 8, SNILS 7), written
// by hand by someone who saw neither the engine nor any other labelled file,
// while the engine was tuned on files up to heldout748. It is the CRM of an
// event agency organizing corporate parties and conferences in Moscow, Kazan
// and Sochi: venues, speakers, hosts, artists, catering, contracts. Chats
// with clients, lower-case call transcripts, e-mails with signatures and
// quotes, riders, CSV of guests, pipe tables, webhooks and logs with IPs,
// OCR'd contracts, SMS. Private hosts' stage names ("DJ Svetlyak", "Big
// Tony"), guests in their cases and in capitals, hotels as addresses,
// English-speaking speakers, foreign passports, phones and addresses said in
// words. Negatives: famous artists (Лепс, Ургант, Timati), venues named like
// people ("Пушкинъ", "Uncle Vanya", Tolstoy Hall), a brand with a first
// name, versions like IPs, numbers with wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.230 (engine
// 1.225.0, commit 104b837): PASSPORT 0.9697 missed its target (a passport's
// number after a rail ticket's "ДОКУМЕНТ: ПН"); PERSON 0.945, ADDRESS 0.985
// and the other types (1.0) met theirs; 1.350% of PII characters leaked (119
// of 8814: PERSON 51, PASSPORT 10, ADDRESS 58), against the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.231
// (engine 1.226.0), with those of the other files from heldout749 to
// heldout756: famous hosts and singers with their first names ("Иван
// Ургант", "Фрэнка Синатры"). Left: private stage names, a rail ticket's
// passport after "ПН", venues and brands named like people, and lower-case
// names in the accusative. Tuned: PERSON 0.959, PASSPORT 0.9697, ADDRESS
// 0.985; 1.350% leaked (119 of 8814).

// heldout755Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout755Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.969, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout755MaxLeak: target 0.005, missed untuned (1.350%), missed tuned (1.350%).
const heldout755MaxLeak = 0.014

func TestHeldout755(t *testing.T) {
	corpusCheck{file: "testdata/heldout755.jsonl", name: "seven-hundred-and-fifty-fifth held-out corpus", minMessages: 250,
		floors: heldout755Floor, everyType: true, maxLeak: heldout755MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
