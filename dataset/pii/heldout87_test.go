package pii

import "testing"

// testdata/heldout87.jsonl is the eighty-seventh held-out file: 280
// messages (139 Russian, 141 English; 65 without personal data; 640 gold
// spans: PERSON 380, EMAIL 63, PHONE 56, ADDRESS 44, INN 21, BANK_ACCOUNT
// 18, IP 18, CARD 12, PASSPORT 11, SNILS 9, OGRN 8), written by hand by
// someone who saw neither the engine nor any other labelled file, while the
// engine was tuned on heldout84 and heldout85. It is the CRM of an online
// psychology and coaching platform with a corporate wellbeing programme:
// bookings, rescheduling, cancellations and refunds, complaints about
// specialists, crisis escalation notes, gift certificates, subscription
// billing, HR enrolment lists, payouts to self-employed and ИП therapists,
// contracts, corporate clients. Informal chats with slang, lower-case call
// and voice-message transcripts, e-mails with headers, quoted replies,
// forwards and signatures, pasted tables and registers, intake forms,
// system and security logs, invoices, a flight list; expat clients and
// coaches from the UK, US, Israel, Germany, Georgia, Serbia and Cyprus.
// Names in every case, vocatives, diminutives and nicknames, a patronymic
// alone, initials, capitals and lower case, names with no cue mid-sentence,
// kin words outside (муж Игорь, my wife Anna), titles outside (Dr,
// психолог, коуч), "ИП Фамилия И.О.", a maiden name after née, names that
// are words (Надежда, Любовь, Вера, Роза, Лев, Слава, Hope, Faith, Grace,
// Joy, Will, Rose, Summer) both as names and as words. Negatives: order,
// booking, ticket, invoice, contract and transaction numbers, promo and
// certificate codes, amounts, dates, ages, questionnaire scores, КПП, БИК,
// ОКПО, correspondent accounts, masked cards, versions shaped like IPs,
// numbers with a wrong check digit, "Слава богу", "любовь к себе", "hope
// this helps", "grace period", a pet called Grace.
//
// The engine was judged on it once, untuned, with rules-2025.52 (engine
// 1.50.0, commit 61178d9): BANK_ACCOUNT, EMAIL, INN, OGRN, PASSPORT, PHONE
// and SNILS 1.0, ADDRESS 0.9885, PERSON 0.956 (targets met); CARD 0.909
// (two missed) and IP 0.947 (two false alarms) miss their targets; 2.223%
// of PII characters leaked (233 of 10479: PERSON 153, ADDRESS 48, CARD 32),
// against the target of 0.5%.
//
// It is no longer held out: after that run its misses (with heldout86's)
// drove rules-2025.53 (engine 1.51.0). With rules-2025.53: every type 1.0
// but ADDRESS 0.9885 (a Cypriot street, Agiou Andreou) and PERSON 0.973
// (misses: names that are words with no cue, Summer, Will, Надежда,
// lower-case names in chats, "у Кравец", "Льва"; false alarms: the
// platform addressed by its name, a Cypriot street); leak 1.431% (150 of
// 10479: PERSON 102, ADDRESS 48).

// heldout87Floor guards the tuned level.
var heldout87Floor = map[string]float64{
	TypeBankAccount: 0.99, TypeCard: 0.99, TypeEmail: 0.99, TypeINN: 0.99, TypeIP: 0.99, TypeOGRN: 0.99,
	TypePassport: 0.99, TypePhone: 0.99, TypeSNILS: 0.99, TypeAddress: 0.98, TypePerson: 0.97,
}

// heldout87MaxLeak: target 0.005; 2.223% untuned, 1.431% tuned.
const heldout87MaxLeak = 0.015

func TestHeldout87(t *testing.T) {
	corpusCheck{file: "testdata/heldout87.jsonl", name: "eighty-seventh held-out corpus", minMessages: 250,
		floors: heldout87Floor, everyType: true, maxLeak: heldout87MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
