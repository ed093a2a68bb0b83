package pii

import "testing"

// testdata/heldout233.jsonl is the two-hundred-and-thirty-third held-out
// file: 280 messages (141 Russian, 139 English; 56 without personal data;
// 497 gold spans: PERSON 311, PHONE 57, EMAIL 33, ADDRESS 28, PASSPORT
// 16, INN 12, BANK_ACCOUNT 11, IP 10, OGRN 8, CARD 7, SNILS 4), written by
// hand by someone who saw neither the engine nor any other labelled file,
// while the engine was tuned on heldout228 to heldout231.
// It is the CRM of a travel insurance and assistance emergency desk for
// Russian and Kazakh tourists in Turkey, the UAE, Thailand, Egypt, Georgia
// and Europe: illnesses and accidents, hospital admissions and reports,
// relatives at home, hotels and rooms, evacuations, reimbursement claims,
// corporate policies, complaints, deletion requests. WhatsApp chats, SMS,
// lower-case call transcripts over bad lines, e-mails with headers,
// quotes, forwards and signatures, web forms, CSV, pipe and semicolon case
// lists, OCR'd passports and medical reports, airline itineraries, portal,
// payment and security logs. Turkish, Thai, Arabic and Georgian doctors
// beside patients, titles outside the name, hospitals named after people
// are no people (Acıbadem, Todua, Dr. Sulaiman Al Habib), relatives by
// kinship, every case form, names that are also words used both ways,
// addresses abroad (Mah., Cad., No:, Moo, Soi). Negatives: policy, case,
// claim, invoice, booking and guarantee numbers, flights, a VIN, a plate,
// DHL tracking, ОМС, КПП, БИК, ОКПО, correspondent accounts, masked cards,
// versions shaped like IPs, wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.136 (engine
// 1.131.0, commit 7ef405a): EMAIL 0.957 missed its target (the company's
// own mailboxes, left unlabelled, were reported); ADDRESS 0.982, PERSON
// 0.960 (foreign doctors' and hospitals' names), PHONE 0.991 (a Thai
// landline) and the other types (1.0) met theirs; 2.049% of PII
// characters leaked (156 of 7613: PERSON 90, ADDRESS 55, PHONE 11),
// against the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.138
// (engine 1.133.0), with those of heldout232 and heldout234: hospitals and
// clinics named after people ("Rashid Hospital", "Todua Clinic"); a bare
// repeat of such a name is still read as a person. Its figures are as
// untuned.

// heldout233Floor holds the untuned figures: the targets where met, the measured level where not.
var heldout233Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.95, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.97, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout233MaxLeak: target 0.005, missed untuned (2.049%).
const heldout233MaxLeak = 0.021

func TestHeldout233(t *testing.T) {
	corpusCheck{file: "testdata/heldout233.jsonl", name: "two-hundred-and-thirty-third held-out corpus", minMessages: 250,
		floors: heldout233Floor, everyType: true, maxLeak: heldout233MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
