package pii

import "testing"

// testdata/heldout638.jsonl is the six-hundred-and-thirty-eighth held-out
// file: 280 messages (140 Russian, 140 English; 64 without personal data;
// 539 gold spans: PERSON 276, ADDRESS 73, PHONE 58, EMAIL 39, IP 18, INN 17,
// PASSPORT 17, CARD 14, BANK_ACCOUNT 13, OGRN 7, SNILS 7), written by hand
// by someone who saw neither the engine nor any other labelled file, while
// the engine was tuned on files up to heldout636. It is the CRM of a
// pharmaceutical sales team visiting doctors and pharmacies in Voronezh,
// Lipetsk and Tambov: visits, samples, conferences, doctors' contacts,
// pharmacy orders, expenses. Sales reps' chats, lower-case call transcripts,
// e-mails with quotes, CSV visit reports, pipe tables, webhooks and logs,
// OCR'd contracts, passports and expense reports, SMS. Doctors by surname
// and initials with their titles outside the name, names in their cases and
// diminutives, names in lower case and in capitals with slashes, clinic
// addresses with buildings, floors and rooms, a Polish address, passports
// read aloud, phones and addresses said in words. Negatives: drugs named
// like people, hospitals, a firm and pharmacy chains named after people,
// famous doctors and a sprinter, a pet, masked cards, codes, numbers with
// wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.214 (engine
// 1.209.0, commit daada41): PASSPORT 0.9697 missed its target (a German
// passport's letters and digits read aloud in words); PERSON 0.950, PHONE
// 0.991, ADDRESS 0.993 and the other types (1.0) met theirs; 2.816% of PII
// characters leaked (266 of 9447: PERSON 119, PHONE 36, PASSPORT 35, ADDRESS
// 76), against the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.215
// (engine 1.210.0), with those of the other files from heldout637 to
// heldout644: none of its own misses; the rules from the other files changed
// none of its figures. Left: a pharmacy chain and contraceptives named like
// people, surnames in lower case in transcripts, and a passport said in
// words. Tuned: PERSON 0.950, PHONE 0.991, PASSPORT 0.9697, ADDRESS 0.993;
// 2.816% leaked (266 of 9447).

// heldout638Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout638Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.969, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout638MaxLeak: target 0.005, missed untuned (2.816%), missed tuned (2.816%).
const heldout638MaxLeak = 0.029

func TestHeldout638(t *testing.T) {
	corpusCheck{file: "testdata/heldout638.jsonl", name: "six-hundred-and-thirty-eighth held-out corpus", minMessages: 250,
		floors: heldout638Floor, everyType: true, maxLeak: heldout638MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
