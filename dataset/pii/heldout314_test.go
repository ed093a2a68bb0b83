package pii

import "testing"

// testdata/heldout314.jsonl is the three-hundred-and-fourteenth
// held-out file: 278 messages (139 Russian, 139 English; 56 without
// personal data; 574 gold spans: PERSON 322, PHONE 72, EMAIL 45, PASSPORT
// 35, ADDRESS 32, INN 16, IP 14, CARD 13, BANK_ACCOUNT 11, OGRN 7, SNILS 7),
// written by hand by someone who saw neither the engine nor any other
// labelled file, while the engine was tuned on heldout304 to heldout311.
// It is the CRM of a helicopter and business-jet charter operator at
// Vnukovo-3, Sochi and Dubai: charter requests and quotes, manifests, crew
// rosters, catering, ground transfers, invoices and requisites, payments,
// refunds, cancellations, complaints, deletion and access requests. Chats,
// SMS, lower-case call transcripts, e-mails with headers, quotes, forwards
// and signatures, web forms, CSV, pipe and slash-separated manifests, OCR'd
// passport pages, payment, login and audit logs, a webhook's JSON.
// SURNAME/GIVEN names with MR, MRS and MSTR, titles (Capt., Lord, КВС, 2П)
// outside the span, crew by rank and surname, VIPs by initials, every case
// form, diminutives, names that are also words used both ways. Negatives:
// flight, tail (RA-…), quote and booking numbers, tracking numbers, SKUs,
// VINs, plates, ОМС, КПП, БИК, ОКПО, ОКТМО, a SWIFT reference, a UAE TRN,
// masked cards, versions shaped like IPs, wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.154 (engine
// 1.149.0, commit 298ff23): PASSPORT 0.925 missed its target (a
// slash-separated manifest's passport column, "ORLOV/DMITRY/MR/RUS/75
// 4410982/2030"; a date of birth "03MAY1982" read as one); ADDRESS 0.951
// (Dubai free-zone offices), PERSON 0.955 and the other types (1.0) met
// theirs; 4.088% of PII characters leaked (354 of 8660: ADDRESS 163,
// PERSON 147, PASSPORT 44), against the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.155
// (engine 1.150.0), with those of the other files from heldout312 to
// heldout315 and some older ones: a date of birth shaped like a passport
// ("DOB 03MAY1982"), Dubai free-zone and healthcare-city buildings ("Office
// 1204, Building 2, Dubai Airport Free Zone, Dubai"). Tuned: PASSPORT 0.939
// (still missed: the slash-separated manifest), ADDRESS 0.984; 2.898% leaked
// (251 of 8660).

// heldout314Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout314Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.93, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout314MaxLeak: target 0.005, missed untuned (4.088%), missed tuned (2.898%).
const heldout314MaxLeak = 0.029

func TestHeldout314(t *testing.T) {
	corpusCheck{file: "testdata/heldout314.jsonl", name: "three-hundred-and-fourteenth held-out corpus", minMessages: 250,
		floors: heldout314Floor, everyType: true, maxLeak: heldout314MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
