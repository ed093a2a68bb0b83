package pii

import "testing"

// testdata/heldout413.jsonl is the four-hundred-and-thirteenth held-out
// file: 280 messages (140 Russian, 140 English; 60 without personal data;
// 519 gold spans: PERSON 275, ADDRESS 69, PHONE 59, EMAIL 38, PASSPORT 17,
// IP 16, BANK_ACCOUNT 12, INN 11, CARD 10, OGRN 6, SNILS 6), written by hand
// by someone who saw neither the engine nor any other labelled file, while
// the engine was tuned on files up to heldout411. It is the CRM of a funeral
// services and memorial company in Voronezh, Rostov-on-Don and Minsk:
// arrangements after a death with the deceased, relatives and the person
// ordering, death certificates, pick-ups from home, cemetery plots and
// monuments, wakes, burial benefit payouts, cremation, complaints, headstone
// engravings. Chats, lower-case call transcripts with addresses and phones
// in words, e-mails with headers, quotes and signatures, web forms, SMS, CSV
// orders, pipe tables of plots and monuments, CRM logs and a JSON webhook,
// OCR'd passports, ID cards and death certificates, airline PNRs. The
// deceased in the genitive and dative, engravings with full names, kinship
// words, names that are words (Надежда, Любовь, Вера), priests, Belarusian
// names and addresses. Negatives: plot, certificate and record numbers,
// model codes, КПП, БИК, к/с, IBAN, SWIFT, masked cards, plates, versions
// shaped like IPs, famous graves, numbers with wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.176 (engine
// 1.171.0, commit f2d30cf): PASSPORT 0.867, BANK_ACCOUNT 0.960 missed their
// targets (a Belarusian ID card's and a German passport's numbers after
// "Card No." and "Pass-Nr.", and passports in a PNR's SSR DOCS lines; a
// Belarusian IBAN's digits read as an account); PERSON 0.969, ADDRESS 0.993
// and the other types (1.0) met theirs; 2.261% of PII characters leaked (225
// of 9950: PERSON 102, PASSPORT 36, ADDRESS 87), against the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.177
// (engine 1.172.0), with those of the other files from heldout412 to
// heldout415: a Belarusian ID card's "Card No." under its heading, a PNR's
// short passport element ("SSR DOCS HY 1 P/UZB/FA1837264"), a Belarusian
// IBAN with its bank's letters no longer read as an account, and a remark in
// brackets after a house ("Geroev Sibiryakov St 61 (private house)"). Left:
// a German passport number of letters and digits, famous graves' names taken
// for people, and names said in lower case. Tuned: PERSON 0.969, PASSPORT
// 0.9697, BANK_ACCOUNT 1.0 (now met); 1.658% leaked (165 of 9950).

// heldout413Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout413Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.969, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout413MaxLeak: target 0.005, missed untuned (2.261%), missed tuned (1.658%).
const heldout413MaxLeak = 0.017

func TestHeldout413(t *testing.T) {
	corpusCheck{file: "testdata/heldout413.jsonl", name: "four-hundred-and-thirteenth held-out corpus", minMessages: 250,
		floors: heldout413Floor, everyType: true, maxLeak: heldout413MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
