package pii

import "testing"

// testdata/heldout1152.jsonl is the one-thousand-one-hundred-and-fifty-second
// held-out file: 280 messages (140 Russian, 140 English; 63 without personal
// data; 550 gold spans: PERSON 296, ADDRESS 68, PHONE 55, EMAIL 37, PASSPORT
// 18, IP 18, INN 17, BANK_ACCOUNT 13, CARD 12, SNILS 8, OGRN 8), written by
// hand by someone who saw neither the engine nor any other labelled file,
// while the engine was tuned on files up to heldout1140. It is the CRM of a
// photo studio and photographers' booking service in Yekaterinburg and Tyumen:
// studio hall rentals, family and wedding shoots, retouching, prints and
// photobooks, model releases with passports, gift certificates. Its brief
// asked for chats, lower-case call transcripts with numbers said aloud,
// e-mails, CSV exports and pipe tables, logs with IPs, SMS, staff notes,
// contracts and forms; and for studio halls named like people as negatives
// («Зал Амели», 'Hall Audrey', «Лофт Марго»); famous photographers and
// painters (Родченко, Annie Leibovitz, Рембрандт) as negatives; children in
// family shoots in every case and diminutive; photographers by first name with
// their handles; names on photobook covers.
//
// The engine was judged on it once, untuned, with rules-2025.280 (engine
// 1.275.0, commit c936ad9): PERSON 0.909 missed its target; ADDRESS 0.971 and
// the other types (1.0) met theirs; 2.477% of PII characters leaked (238 of
// 9610: ADDRESS 129, PERSON 109), against the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.282
// (engine 1.277.0), with those of the other files from heldout1149 to
// heldout1156: none of its own misses; the rules from the other files changed
// none of its figures. Left: a street with a particle in its name (ул.
// Вильгельма де Геннина), an address that opens with a park's name,
// photographers by nickname. Tuned: PERSON 0.909, ADDRESS 0.971; 2.404% leaked
// (231 of 9610).

// heldout1152Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout1152Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.97, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.907,
}

// heldout1152MaxLeak: target 0.005, missed untuned (2.477%), missed tuned (2.404%).
const heldout1152MaxLeak = 0.025

func TestHeldout1152(t *testing.T) {
	corpusCheck{file: "testdata/heldout1152.jsonl", name: "one-thousand-one-hundred-and-fifty-second held-out corpus", minMessages: 250,
		floors: heldout1152Floor, everyType: true, maxLeak: heldout1152MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
