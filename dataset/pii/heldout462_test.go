package pii

import "testing"

// testdata/heldout462.jsonl is the four-hundred-and-sixty-second held-out
// file: 280 messages (140 Russian, 140 English; 62 without personal data;
// 512 gold spans: PERSON 276, ADDRESS 64, PHONE 53, EMAIL 34, IP 17,
// PASSPORT 16, INN 15, CARD 12, BANK_ACCOUNT 11, OGRN 7, SNILS 7), written
// by hand by someone who saw neither the engine nor any other labelled file,
// while the engine was tuned on files up to heldout449. It is the CRM of a
// pawnshop and gold-buying chain in Samara, Kazan and Bishkek: pledges of
// jewellery and electronics with passports, extensions, redemptions,
// auctions of unredeemed items, payouts to cards, complaints, police
// requests about stolen items, debts. Chats, lower-case call transcripts
// with a passport and a phone read out, e-mails from police and lawyers with
// quotes, web forms, CSV pledge registers, pipe tables of payouts, CRM logs,
// OCR'd pledge tickets and passports, SMS. Russian passports written many
// ways, Kyrgyz passports and ID cards, names in the genitive, jewellery
// brands named like people (SOKOLOV). Negatives: pledge ticket numbers,
// serials and IMEI, assay marks and weights, numbers with wrong check
// digits.
//
// The engine was judged on it once, untuned, with rules-2025.188 (engine
// 1.183.0, commit 44c6d78): PASSPORT 0.968 missed its target (a Kyrgyz
// passport written with a space, AC 3310275); PERSON 0.969, PHONE 0.981,
// ADDRESS 0.961 and the other types (1.0) met theirs; 2.972% of PII
// characters leaked (263 of 8849: PERSON 52, PHONE 51, PASSPORT 10, ADDRESS
// 150), against the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.189
// (engine 1.184.0), with those of the other files from heldout450 to
// heldout464: a lower-case title before a given name and surname ("a mister
// kamil nurgaliev", "lieutenant vlasov"). Left: a Kyrgyz passport under a
// "Code" field, brands named like people, and passport names split over two
// alphabets. Tuned: PERSON 0.977, PHONE 0.981, PASSPORT 0.968, ADDRESS
// 0.961; 2.701% leaked (239 of 8849).

// heldout462Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout462Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.967, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout462MaxLeak: target 0.005, missed untuned (2.972%), missed tuned (2.701%).
const heldout462MaxLeak = 0.028

func TestHeldout462(t *testing.T) {
	corpusCheck{file: "testdata/heldout462.jsonl", name: "four-hundred-and-sixty-second held-out corpus", minMessages: 250,
		floors: heldout462Floor, everyType: true, maxLeak: heldout462MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
