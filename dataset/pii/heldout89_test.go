package pii

import "testing"

// testdata/heldout89.jsonl is the eighty-ninth held-out file: 277
// messages (140 Russian, 137 English; 58 without personal data; 671 gold
// spans: PERSON 376, PHONE 94, ADDRESS 69, EMAIL 38, PASSPORT 28,
// BANK_ACCOUNT 16, IP 16, CARD 12, INN 10, SNILS 6, OGRN 6), written by hand
// by someone who saw neither the engine nor any other labelled file, while
// the engine was tuned on heldout86 and heldout87. It is the CRM of a
// travel-insurance medical assistance centre: policyholders calling from
// Turkey, Egypt, Thailand, the UAE, Georgia, Spain, Italy, Vietnam, Sri
// Lanka and Serbia, foreign hospitals and their doctors, guarantee letters,
// medical reports, repatriation, reimbursement claims with bank details,
// relatives calling for the insured, assistance partners. Call notes,
// chats, lower-case transcripts, e-mails with headers, forwards, quoted
// replies and signatures, faxes, claim forms, pipe tables, portal and
// security logs, airline PNR lists. Names in every case and the vocative,
// initials before or after, "Surname, Name", diminutives, a patronymic
// alone, passport capitals, SURNAME/NAME with MR/MRS/DR outside, titles
// outside (Dr., Prof., Dott.ssa, Uzm. Dr., bác sĩ, Khun, врач); Turkish,
// Arab, Thai, Vietnamese, Spanish, Italian, Serbian, Georgian and Sinhala
// names. Addresses: Russian ones and hospitals' and hotels' abroad in local
// layouts (Turkish Mah./Cad./No, Thai Moo/Road, Vietnamese Số/phường,
// Spanish, Italian, Serbian, Sri Lankan, UAE Building/Villa, US). Negatives:
// policy, case, guarantee-letter, invoice, PNR, hospital-number and flight
// references, amounts in eleven currencies, dates, ages, ICD-10 codes, blood
// pressure and lab values, КПП, БИК, ОКПО, correspondent accounts, masked
// cards, versions shaped like IPs, numbers with a wrong check digit; Вера в
// успех, Слава богу, Надежда есть, Роза Хутор, Victoria as a place or a
// hotel, hospitals named after people (Rashid, Dr. Sulaiman Al Habib,
// Umberto I, им. В. А. Алмазова).
//
// The engine was judged on it once, untuned, with rules-2025.53 (engine
// 1.51.0, commit 103221e): BANK_ACCOUNT, CARD, EMAIL, INN, IP, OGRN, PHONE
// and SNILS 1.0, PASSPORT 0.982 (targets met); PERSON 0.913 (56 false
// alarms: Vietnamese, Spanish and Turkish streets and places, hospitals
// named after people, firms) and ADDRESS 0.836 (18 missed: hospitals' and
// hotels' addresses in local layouts) miss
// their targets; 6.795% of PII characters leaked (810 of 11921: ADDRESS
// 641, PERSON 153, PASSPORT 16), against the target of 0.5%. It has not
// been tuned on: these are held-out figures.
//
// It is no longer held out: after that run its misses (with heldout88's)
// drove rules-2025.54 (engine 1.52.0), which reads Thai (Moo), Vietnamese
// (Số, phường), Spanish ("Carrer de Balmes, 157"), Sri Lankan (Mawatha) and
// Turkish (Kat) layouts. With rules-2025.54: ADDRESS 0.955 (misses: a
// Vietnamese street before its number, a Sri Lankan and an Egyptian one
// named after people, Skolkovo's "тер.", an Italian one spoken in
// Cyrillic), PERSON 0.953 (false alarms: Vietnamese and
// Spanish places, hospitals named after people, Rashid; misses: Thai
// names, Марк, a Serbian name in Cyrillic), the other types as before;
// leak 3.179% (379 of 11921: ADDRESS 210, PERSON 153, PASSPORT 16).

// heldout89Floor guards the tuned level.
var heldout89Floor = map[string]float64{
	TypeBankAccount: 0.99, TypeCard: 0.99, TypeEmail: 0.99, TypeINN: 0.99, TypeIP: 0.99, TypeOGRN: 0.99,
	TypePassport: 0.98, TypePhone: 0.99, TypeSNILS: 0.99, TypeAddress: 0.95, TypePerson: 0.95,
}

// heldout89MaxLeak: target 0.005; 6.795% untuned, 3.179% tuned.
const heldout89MaxLeak = 0.032

func TestHeldout89(t *testing.T) {
	corpusCheck{file: "testdata/heldout89.jsonl", name: "eighty-ninth held-out corpus", minMessages: 250,
		floors: heldout89Floor, everyType: true, maxLeak: heldout89MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
