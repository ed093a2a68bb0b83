package pii

import "testing"

// testdata/heldout436.jsonl is the four-hundred-and-thirty-sixth held-out
// file: 280 messages (140 Russian, 140 English; 64 without personal data;
// 520 gold spans: PERSON 263, ADDRESS 72, PHONE 59, EMAIL 39, IP 17,
// PASSPORT 17, BANK_ACCOUNT 15, CARD 13, INN 12, OGRN 7, SNILS 6), written
// by hand by someone who saw neither the engine nor any other labelled file,
// while the engine was tuned on files up to heldout432. It is the CRM of a
// tour operator and visa centre in Moscow, Novosibirsk and Tashkent: package
// tours to Turkey, the UAE and Thailand, visa applications with foreign
// passports, flight passenger lists, hotel vouchers, insurance,
// cancellations and refunds, children travelling with one parent. Chats,
// lower-case call transcripts, e-mails with quoted replies, booking forms,
// CSV passenger lists with birth dates and passports, pipe tables of
// payments, GDS and PNR excerpts, CRM logs, OCR'd passport data pages and
// visa forms, SMS. Passengers in capitals ("IVANOVA/MARIA MRS"), Russian
// foreign passports and Uzbek passports, children named with parents, names
// in the dative after "оформить на". Negatives: flight numbers, booking
// references, PNR codes, voucher and visa numbers, hotels named after
// people, birth dates, times, prices, masked cards, numbers with wrong check
// digits.
//
// The engine was judged on it once, untuned, with rules-2025.183 (engine
// 1.178.0, commit 42cbe59): PASSPORT 0.867 missed its target (foreign
// passports in a CSV list without a word for them on their row, a passport
// read out in words, and a German ID card of letters and digits); PERSON
// 0.981, ADDRESS 0.964 and the other types (1.0) met theirs; 3.657% of PII
// characters leaked (369 of 10089: PERSON 29, PASSPORT 70, ADDRESS 270),
// against the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.184
// (engine 1.179.0), with those of the other files from heldout433 to
// heldout436: an ordinal street with a lettered house and a flat ("москва,
// 3-я Парковая, 41А, кв. 9"), a data page's surname under its bilingual
// label ("ОРЛОВА / ORLOVA"), and "Говорит" no longer a name. Left: foreign
// passports in a CSV list, a passport read out in words, a German ID card of
// letters and digits, Thai addresses, and "31 Marshala Zhukova Ave" read as
// a person. Tuned: PERSON 0.987, PASSPORT 0.867, ADDRESS 0.971; 3.301%
// leaked (333 of 10089).

// heldout436Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout436Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.866, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout436MaxLeak: target 0.005, missed untuned (3.657%), missed tuned (3.301%).
const heldout436MaxLeak = 0.034

func TestHeldout436(t *testing.T) {
	corpusCheck{file: "testdata/heldout436.jsonl", name: "four-hundred-and-thirty-sixth held-out corpus", minMessages: 250,
		floors: heldout436Floor, everyType: true, maxLeak: heldout436MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
