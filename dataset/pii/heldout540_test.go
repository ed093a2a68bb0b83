package pii

import "testing"

// testdata/heldout540.jsonl is the five-hundred-and-fortieth held-out file:
// 280 messages (140 Russian, 140 English; 64 without personal data; 516 gold
// spans: PERSON 276, ADDRESS 66, PHONE 56, EMAIL 38, IP 17, PASSPORT 17, INN
// 14, CARD 10, BANK_ACCOUNT 9, OGRN 7, SNILS 6), written by hand by someone
// who saw neither the engine nor any other labelled file, while the engine
// was tuned on files up to heldout532. It is the CRM of an optician chain in
// Kaliningrad, Pskov and Vilnius: appointments with optometrists,
// prescriptions, orders of lenses and frames, children's myopia control,
// repairs and warranty, delivery to homes, loyalty cards, Lithuanian
// customers, complaints. Customers' chats, lower-case call transcripts,
// e-mails with quotes, web booking forms, CSV orders, pipe tables of
// optometrists' shifts, webhooks and logs, OCR'd contracts, SMS. Lithuanian
// names, Vilnius addresses, ID cards and passports, Lithuanian and Russian
// phones, children and parents in one message, names in the genitive and the
// dative, phones and addresses said in words. Negatives: frame brands named
// like people, lens parameters, famous people and characters, version
// numbers shaped like IPs, masked cards, loyalty card numbers, numbers with
// wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.201 (engine
// 1.196.0, commit 53a617f): PHONE 0.953, PASSPORT 0.9697, ADDRESS 0.845
// missed their targets (Lithuanian phones without the country's code and
// phones said in words; a Lithuanian ID card's number of eight digits;
// Lithuanian streets with "g." and shops by their town and street with no
// keyword); PERSON 0.931 and the other types (1.0) met theirs; 9.335% of PII
// characters leaked (797 of 8538: PERSON 273, PHONE 117, PASSPORT 8, ADDRESS
// 399), against the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.202
// (engine 1.197.0), with those of the other files from heldout533 to
// heldout540: Lithuanian given names and surnames in Latin and Cyrillic
// letters and their cases ("Римантасу Жукаускасу", "Габриэле Казлаускайте",
// "Kęstutis"), Lithuanian streets with "g." ("Pylimo g. 21", "Žirmūnų g.
// 64-12"), Lithuanian mobiles dialled at home ("8 686 40217"), and shops by
// their town and a street's masculine adjective ("Калининград, Ленинский
// 30"). Left: a Lithuanian ID card's number of eight digits, phones said in
// words, a town and a Latin street with no house keyword, and famous people
// with a first name. Tuned: PERSON 0.971, PHONE 0.973 (now met), PASSPORT
// 0.9697, ADDRESS 0.945 (now met); 3.877% leaked (331 of 8538).

// heldout540Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout540Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.969, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout540MaxLeak: target 0.005, missed untuned (9.335%), missed tuned (3.877%).
const heldout540MaxLeak = 0.039

func TestHeldout540(t *testing.T) {
	corpusCheck{file: "testdata/heldout540.jsonl", name: "five-hundred-and-fortieth held-out corpus", minMessages: 250,
		floors: heldout540Floor, everyType: true, maxLeak: heldout540MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
