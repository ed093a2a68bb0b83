package pii

import "testing"

// testdata/heldout526.jsonl is the five-hundred-and-twenty-sixth held-out
// file: 280 messages (140 Russian, 140 English; 64 without personal data;
// 522 gold spans: PERSON 275, ADDRESS 71, PHONE 54, EMAIL 38, IP 18, INN 17,
// PASSPORT 16, BANK_ACCOUNT 11, CARD 9, OGRN 7, SNILS 6), written by hand by
// someone who saw neither the engine nor any other labelled file, while the
// engine was tuned on files up to heldout516. It is the CRM of an
// agricultural cooperative and grain elevator in Altai Krai, Omsk and
// Kostanay: farmers' deliveries of grain, lab tests, storage contracts,
// payments to farmers, trucks at the scales, disputes. Chats with farmers
// and the scale operator, lower-case call transcripts, e-mails with buyers
// with quotes, web forms, CSV delivery logs, pipe tables of payments,
// webhooks and logs, OCR'd contracts with farmers, SMS. Names inside farms'
// names, villages and districts in addresses, Kazakh names and Kostanay
// addresses, names in the instrumental, nicknames, a name spelled out,
// passport names in capitals, phones, addresses, an e-mail and a passport
// dictated in words. Negatives: truck plates, lab numbers and grain classes,
// famous people and brands, masked cards, version numbers, numbers with
// wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.198 (engine
// 1.193.0, commit 398b6ba): PASSPORT 0.968 missed its target (a passport
// dictated in words); PERSON 0.952, PHONE 0.991, EMAIL 0.987, ADDRESS 0.957
// and the other types (1.0) met theirs; 4.636% of PII characters leaked (460
// of 9923: PERSON 169, PHONE 11, EMAIL 20, PASSPORT 64, ADDRESS 196),
// against the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.201
// (engine 1.196.0), with those of the other files from heldout525 to
// heldout532: a farm named after its head after КФХ or KFH, in capitals or
// in lower case ("КФХ Попов", "кфх дорошенко"); a transliterated surname of
// five letters before a first name and a patronymic ("Lykov Petr Ilyich"); a
// phone after "ph". Left: addresses and passports said in words, an e-mail
// spelled out, and surnames alone in messages. Tuned: PERSON 0.971, EMAIL
// 0.987, PASSPORT 0.968, ADDRESS 0.957; 3.759% leaked (373 of 9923).

// heldout526Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout526Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.967, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout526MaxLeak: target 0.005, missed untuned (4.636%), missed tuned (3.759%).
const heldout526MaxLeak = 0.038

func TestHeldout526(t *testing.T) {
	corpusCheck{file: "testdata/heldout526.jsonl", name: "five-hundred-and-twenty-sixth held-out corpus", minMessages: 250,
		floors: heldout526Floor, everyType: true, maxLeak: heldout526MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
