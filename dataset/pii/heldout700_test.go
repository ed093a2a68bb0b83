package pii

import "testing"

// testdata/heldout700.jsonl is the seven-hundredth held-out file: 280
// messages (140 Russian, 140 English; 62 without personal data; 515 gold
// spans: PERSON 277, ADDRESS 68, PHONE 53, EMAIL 35, PASSPORT 17, IP 15, INN
// 13, BANK_ACCOUNT 12, CARD 12, OGRN 7, SNILS 6), written by hand by someone
// who saw neither the engine nor any other labelled file, while the engine
// was tuned on files up to heldout692. It is the CRM of a car sharing
// and car rental service in Moscow, Sochi and Mineralnye Vody: rentals,
// fines, damage reports, driver verification, deposits, support chats.
// Support chats, lower-case call transcripts, e-mails with quotes, damage
// report forms, CSV of rentals, pipe tables of fines, webhooks and logs with
// IPs, OCR'd licences, passports and contracts, SMS. Car models like names
// ("Kia Rio", a client called Logan who returns a Renault Logan), pick-up
// and accident spots by a highway's kilometre, Armenian, Georgian and
// Azerbaijani drivers, names in their cases, a surname spelled out, phones,
// addresses and a passport said in words. Negatives: driver's licences,
// plates, VINs, fine notices, famous and fictional people, numbers with
// wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.221 (engine
// 1.216.0, commit 023d2c5): PASSPORT 0.9697, ADDRESS 0.896 missed their
// targets (an Azerbaijani passport's number read back in lower case; spots
// on highways by their kilometre and streets said in words); PERSON 0.980
// and the other types (1.0) met theirs; 7.038% of PII characters leaked (606
// of 8610: PERSON 43, PASSPORT 17, ADDRESS 546), against the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.222
// (engine 1.217.0), with those of the other files from heldout693 to
// heldout700: a house said before a transliterated street after "at" and its
// read-back on the next speaker's line ("pick me up at ten bolshaya
// yakimanka, moscow"), and a transliterated street read back with its town.
// Left: accident spots by a highway's kilometre and metres in both
// languages, an Azerbaijani passport read back in lower case, and a street
// said in words before a town no table knows. Tuned: PERSON 0.980, PASSPORT
// 0.9697, ADDRESS 0.930; 5.865% leaked (505 of 8610).

// heldout700Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout700Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.969, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout700MaxLeak: target 0.005, missed untuned (7.038%), missed tuned (5.865%).
const heldout700MaxLeak = 0.059

func TestHeldout700(t *testing.T) {
	corpusCheck{file: "testdata/heldout700.jsonl", name: "seven-hundredth held-out corpus", minMessages: 250,
		floors: heldout700Floor, everyType: true, maxLeak: heldout700MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
