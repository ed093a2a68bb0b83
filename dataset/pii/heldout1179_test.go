package pii

import "testing"

// testdata/heldout1179.jsonl is the one-thousand-one-hundred-and-seventy-ninth
// held-out file: 280 messages (140 Russian, 140 English; 65 without personal
// data; 570 gold spans: PERSON 298, ADDRESS 74, PHONE 59, EMAIL 38, PASSPORT
// 20, IP 20, INN 17, BANK_ACCOUNT 14, CARD 13, SNILS 9, OGRN 8), written by
// hand by someone who saw neither the engine nor any other labelled file,
// while the engine was tuned on files up to heldout1164. It is the CRM of a
// bridal and evening makeup and hair studio in Kaliningrad: wedding day
// bookings, trial makeup, artists' travel to hotels, deposits, brides and
// bridesmaids, complaints, kit purchases. Its brief asked for chats,
// lower-case call transcripts with numbers said aloud, e-mails, CSV exports
// and pipe tables, logs with IPs, SMS, staff notes, contracts and forms; and
// for makeup brands and shades named like people as negatives (MAC «Ruby Woo»,
// Charlotte Tilbury, 'Pillow Talk'); brides in every case and diminutive;
// hotel and restaurant addresses; artists by Instagram handles beside their
// names; Lithuanian and Polish names.
//
// The engine was judged on it once, untuned, with rules-2025.283 (engine
// 1.278.0, commit 76ca176): PASSPORT 0.919 missed its target; PERSON 0.926,
// ADDRESS 0.952, INN 0.971 and the other types (1.0) met theirs; 4.545% of PII
// characters leaked (471 of 10362: ADDRESS 183, PERSON 169, PASSPORT 119),
// against the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.287
// (engine 1.282.0), with those of the other files from heldout1173 to
// heldout1188: a passport's number read out in thousands, a lower-case surname
// after "к", studios named with Bride, Events and Photo. Left: cosmetics named
// like people (Natasha Denona, Charlotte Tilbury, Ruby Woo), celebrities as
// references (Хейли Бибер, Одри Хепбёрн), English passports read out after
// "mine is", spoken addresses. Tuned: PERSON 0.936, ADDRESS 0.952, PASSPORT
// 0.947, INN 0.971; 3.754% leaked (389 of 10362).

// heldout1179Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout1179Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.946, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout1179MaxLeak: target 0.005, missed untuned (4.545%), missed tuned (3.754%).
const heldout1179MaxLeak = 0.038

func TestHeldout1179(t *testing.T) {
	corpusCheck{file: "testdata/heldout1179.jsonl", name: "one-thousand-one-hundred-and-seventy-ninth held-out corpus", minMessages: 250,
		floors: heldout1179Floor, everyType: true, maxLeak: heldout1179MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
