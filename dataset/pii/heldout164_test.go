package pii

import "testing"

// testdata/heldout164.jsonl is the hundred-and-sixty-fourth held-out file:
// 279 messages (140 Russian, 139 English; 59 without personal data; 579
// gold spans: PERSON 351, PHONE 54, EMAIL 48, ADDRESS 27, PASSPORT 25,
// INN 17, IP 17, CARD 13, BANK_ACCOUNT 11, SNILS 8, OGRN 8), written by
// hand by someone who saw neither the engine nor any other labelled file,
// while the engine was tuned on heldout162 and heldout163. It is the CRM of
// a language school for adults and corporate clients: enrolment and
// placement tests, group and one-to-one lessons, teachers' schedules,
// payroll and onboarding, corporate contracts with employee lists, card
// payments, instalments and refunds, IELTS, TOEFL and Cambridge
// registrations with passports, visa-support letters, complaints, deletion
// requests. Chats, SMS, lower-case call transcripts, e-mails with headers,
// quotes, forwards and signatures, forms, CSV and pipe tables, OCR'd
// passports, LMS, video-platform and access logs with IPv4 and IPv6. Every
// case form, diminutives, surnames alone and initials, teachers by first
// name; textbook characters and example sentences ("Tom and Anna go to
// school", «Маша и медведь»), writers and characters as lesson topics
// (Чехов, Shakespeare, Ophelia), nicknames and Victoria as a place
// unlabelled; names that are also words both ways. Negatives: contract,
// invoice, booking, certificate, registration, claim and ticket numbers,
// SKUs, a VIN, plates, ОМС, КПП, БИК, ОКПО, correspondent accounts,
// IP-shaped versions, masked cards, wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.95 (engine
// 1.93.0, commit 12141d5): BANK_ACCOUNT 0.917 (two accounts the text calls
// mistyped, with no БИК to check them) missed its target, PERSON 0.928
// (textbook characters and writers read as people), PASSPORT 0.980 and the
// other types (1.0) met theirs; 1.220% of PII characters leaked (105 of
// 8607: PERSON 90, PASSPORT 15), against the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.96
// (engine 1.94.0), with those of heldout165: writers, composers and
// literary characters alone, a textbook's characters in quotes in an
// exercise, word forms after arrows, a rota's hours after a name, an
// account the text says got in "по ошибке" or was "typed as". With
// rules-2025.96: PERSON 0.974, PASSPORT 0.980, the others 1.0; leak 0.871%
// (75 of 8607: PERSON 60, PASSPORT 15).

// heldout164Floor guards the tuned level.
var heldout164Floor = map[string]float64{
	TypeBankAccount: 0.99, TypeCard: 0.99, TypeEmail: 0.99, TypeINN: 0.99, TypeIP: 0.99, TypeOGRN: 0.99,
	TypePassport: 0.97, TypePhone: 0.99, TypeSNILS: 0.99, TypeAddress: 0.99, TypePerson: 0.97,
}

// heldout164MaxLeak: target 0.005; 1.220% untuned, 0.871% tuned.
const heldout164MaxLeak = 0.009

func TestHeldout164(t *testing.T) {
	corpusCheck{file: "testdata/heldout164.jsonl", name: "hundred-and-sixty-fourth held-out corpus", minMessages: 250,
		floors: heldout164Floor, everyType: true, maxLeak: heldout164MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
