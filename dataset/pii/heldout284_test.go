package pii

import "testing"

// testdata/heldout284.jsonl is the two-hundred-and-eighty-fourth
// held-out file: 281 messages (141 Russian, 140 English; 57 without
// personal data; 499 gold spans: PERSON 285, EMAIL 39, PHONE 39, ADDRESS
// 29, PASSPORT 28, INN 20, BANK_ACCOUNT 15, IP 14, CARD 12, SNILS 11, OGRN
// 7), written by hand by someone who saw neither the engine nor any other
// labelled file, while the engine was tuned on heldout280 to heldout283.
// It is the CRM of an adult tutoring and exam-preparation centre (IELTS,
// TOEFL, SAT, GMAT, study abroad) in Moscow, Kazan, Yekaterinburg and
// Tashkent: registrations and exam bookings with passports, score sheets,
// teachers' contracts and payroll, payments and refunds, visa-support
// letters, references naming professors, complaints, deletion requests.
// Chats, SMS, lower-case call transcripts, e-mails with headers, quotes,
// forwards and signatures, web forms, CSV, semicolon and pipe schedules,
// score sheets and salary registers, an OCR'd passport, LMS, payment, VPN
// and security logs. Uzbek names in both alphabets, professors by title
// and surname, every case form, diminutives, names that are also words used
// both ways. Negatives: universities and scholarships named after people,
// candidate, contract, receipt and tracking numbers, ОМС, КПП, БИК, ОКПО,
// masked cards, versions shaped like IPs, wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.150 (engine
// 1.145.0, commit e4f3503): PASSPORT 0.964 missed its target (an Uzbek
// passport in lower case, a number read as a passport); PERSON 0.984
// (Kuznetsky Most read as a person), PHONE 0.987 and the other types (1.0)
// met theirs; 0.599% of PII characters leaked (47 of 7848: PERSON 37,
// PASSPORT 10), against the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.151
// (engine 1.146.0), with those of the other files from heldout284 to
// heldout295: a video call's meeting id ("Ключ для Zoom: 845 2217 9930").
// Tuned: PASSPORT as untuned (a lower-case Uzbek series in a transcript);
// 0.535% leaked (42 of 7848).

// heldout284Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout284Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.96, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout284MaxLeak: target 0.005, missed untuned (0.599%), missed tuned
// (0.535%); 0.675% since rules-2025.242 reads national figures by first name
// and surname ("Лев Толстой", "Юрий Гагарин") as no people, as newer files
// leave them, which this file labels.
const heldout284MaxLeak = 0.007

func TestHeldout284(t *testing.T) {
	corpusCheck{file: "testdata/heldout284.jsonl", name: "two-hundred-and-eighty-fourth held-out corpus", minMessages: 250,
		floors: heldout284Floor, everyType: true, maxLeak: heldout284MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
