package pii

import "testing"

// testdata/heldout37.jsonl is the thirty-seventh held-out file: 282 messages
// (138 Russian, 144 English; 57 without personal data; 604 gold spans:
// PERSON 381, PHONE 54, EMAIL 31, ADDRESS 27, INN 20, IP 18, PASSPORT 16,
// CARD 15, OGRN 14, BANK_ACCOUNT 14, SNILS 14), written by hand by someone
// who saw neither the engine nor any other labelled file, while the engine
// was tuned on heldout34 and heldout35. It is the CRM of children's summer
// camps and after-school sports clubs, for Russian, UK, US and expat
// families: bookings, medical and allergy forms, documents for trips
// abroad, hiring coaches and counsellors, buses and transfers, instalments,
// refunds, tournaments, lost property, requisites of the operator and of
// partner schools. Parent chats, letters and applications, e-mails with
// quoted history and signatures, lower-case call transcripts with phones
// spoken in odd groups (written as spaced digits), CRM notices, login logs,
// requisites, lists. Names in every case, diminutives, lower case,
// initials, "Фамилия Имя", signatures; titles (Dr., Mr, Mrs, Ms, Coach,
// Nurse) outside. INN of both lengths, СНИЛС in several layouts, ОГРН and
// ОГРНИП, internal, foreign, UK and US passports, cards of every scheme and
// grouping, accounts that pass the БИК key, IPv4 and IPv6 in logs, Russian
// addresses in Russian and in English, UK ones with postcodes. Negatives:
// Вера, Надежда, Слава as words, Victoria as a place and a club, Mark and
// Will in phrases, Лада a firm, book titles, team names, cities; contract,
// order, invoice, claim and ticket numbers, tracking and transaction ids,
// amounts, dates, plates, ОМС policies, birth-certificate and DBS numbers,
// КПП, БИК, correspondent accounts, UK sort codes, versions shaped like
// IPs, masked cards, a city, metro or postcode alone, and an INN, a СНИЛС,
// an ОГРНИП, an account and cards that are invalid.
//
// The engine was judged on it once, untuned, with rules-2025.23 (engine
// 1.21.0, commit 5aaa6fe): BANK_ACCOUNT, CARD, EMAIL, INN, IP, OGRN,
// PASSPORT and SNILS 1.0, PHONE 0.991, PERSON 0.966 and ADDRESS 0.962
// (every target met); 2.509% of PII characters leaked (219 of 8730: ADDRESS
// 153, PERSON 45, PHONE 21), against the target of 0.5%.

// It is no longer held out: after that run its misses (with heldout36's)
// drove rules-2025.24 (engine 1.22.0). With rules-2025.24: PERSON 0.983,
// every other type 1.0; leak 0.401% (PERSON 35: lower-case names without a
// cue, an ambiguous name opening a sentence, a nickname inside a name).

// heldout37Floor guards the tuned level.
var heldout37Floor = map[string]float64{
	TypeBankAccount: 0.99, TypeCard: 0.99, TypeEmail: 0.99, TypeINN: 0.99, TypeIP: 0.99, TypeOGRN: 0.99,
	TypePassport: 0.99, TypePhone: 0.99, TypeSNILS: 0.99, TypeAddress: 0.99, TypePerson: 0.98,
}

// heldout37MaxLeak: target 0.005; 2.509% untuned, 0.401% tuned.
const heldout37MaxLeak = 0.005

func TestHeldout37(t *testing.T) {
	corpusCheck{file: "testdata/heldout37.jsonl", name: "thirty-seventh held-out corpus", minMessages: 250,
		floors: heldout37Floor, everyType: true, maxLeak: heldout37MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
