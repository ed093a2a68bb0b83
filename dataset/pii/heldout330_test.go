package pii

import "testing"

// testdata/heldout330.jsonl is the three-hundred-and-thirtieth held-out
// file: 278 messages (139 Russian, 139 English; 59 without personal data;
// 515 gold spans: PERSON 315, PHONE 48, EMAIL 46, ADDRESS 25, IP 20, CARD
// 13, INN 13, BANK_ACCOUNT 11, PASSPORT 10, SNILS 7, OGRN 7), written by
// hand by someone who saw neither the engine nor any other labelled file,
// while the engine was tuned on files up to heldout327. It is the CRM of
// an online school of programming and design for adults and teenagers in
// Moscow, Minsk and remote: enrolments, parents paying for teenagers,
// mentors' reviews, payment plans, refunds, job placement, certificates,
// tax-deduction paperwork, students abroad. Chats, lower-case call
// transcripts, e-mails with headers, quotes and signatures, web forms, CSV
// and pipe cohort tables, LMS logs with IPv4 and IPv6, SMS. Diminutives,
// Belarusian names (Кастусь, Зміцер Навіцкі, Hleb Sakalou), names in code
// snippets; tools and languages named like people (Julia, Ruby, Jenkins,
// Ada, Django), the same words as real people elsewhere. Negatives:
// invoice, contract, certificate and order numbers, Zoom ids, GitHub
// repositories, КПП, ОКПО, БИК, masked cards, wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.159 (engine
// 1.154.0, commit b4ce099): PHONE 0.9697 missed its target by a hair
// (three Zoom meeting ids, written in the groups of a phone after
// "идентификатор", "зум" or "Meeting ID", read as phones); PERSON 0.963
// and the other types (1.0) met theirs; 1.068% of PII characters leaked
// (81 of 7584, all PERSON), against the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.160
// (engine 1.155.0), with those of the other files from heldout328 to
// heldout331: a video call's meeting id in a phone's groups in a text about
// Zoom; languages named like people in Cyrillic, in lower case and before
// "notebooks" or after "install". Tuned: PHONE 1.0 (now met), PERSON 0.973;
// 1.068% leaked (81 of 7584).

// heldout330Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout330Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.97, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout330MaxLeak: target 0.005, missed untuned (1.068%), missed tuned (1.068%).
const heldout330MaxLeak = 0.011

func TestHeldout330(t *testing.T) {
	corpusCheck{file: "testdata/heldout330.jsonl", name: "three-hundred-and-thirtieth held-out corpus", minMessages: 250,
		floors: heldout330Floor, everyType: true, maxLeak: heldout330MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
