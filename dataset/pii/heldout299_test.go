package pii

import "testing"

// testdata/heldout299.jsonl is the two-hundred-and-ninety-ninth held-out
// file: 274 messages (139 Russian, 135 English; 60 without personal data;
// 555 gold spans: PERSON 268, ADDRESS 87, PHONE 77, EMAIL 39, INN 18,
// PASSPORT 15, IP 14, BANK_ACCOUNT 10, SNILS 9, CARD 9, OGRN 9), written by
// hand by someone who saw neither the engine nor any other labelled file,
// while the engine was tuned on heldout284 to heldout295.
// It is the CRM of a regional electricity and gas retail supplier in Tula,
// Ryazan and Yaroslavl: meter readings, personal-account enquiries, debts,
// payment plans and penalties, disconnection and reconnection, meter
// replacement visits, bill complaints, changes of owner, deletion
// requests, legal-entity contracts. Chats, SMS, lower-case call
// transcripts with readings and addresses spoken, e-mails with headers,
// quotes, forwards and signatures, web forms, CSV and pipe visit
// schedules, OCR'd Russian and foreign passports, personal-cabinet, audit
// and payment logs, requisites; foreign tenants in English. Elderly
// customers by name and patronymic, initials, diminutives, "Surname,
// Name" in CSV, names that are also words used both ways. Negatives:
// personal-account, meter, bill, request and tracking numbers, readings,
// tariffs, a VIN, a plate, ОМС, КПП, БИК, ОКПО, masked cards, a one-time
// code, versions shaped like IPs, substations, wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.151 (engine
// 1.146.0, commit 8b3afcb): every F1 target met (PHONE 0.975: meter and
// account numbers read as phones, "7101234499", "2405-118"; EMAIL
// 0.987: the supplier's own mailbox; PERSON 0.975; the other types 1.0);
// 0.635% of PII characters leaked (61 of 9605: PERSON 53, ADDRESS 8), just
// above the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.152
// (engine 1.147.0), with those of heldout296, heldout297, heldout298: a
// caller's verb before a request's number ("звоню по поводу заявки
// 2405-118"), a meter's model and serial ("Нева 103 №4410293"), quoted CSV
// cells ("\"Morris, Alan\"", a first column under "Account"). Tuned: PHONE
// 0.994, PERSON 0.979; 0.469% leaked (45 of 9605).

// heldout299Floor holds the tuned figures: the targets, all met.
var heldout299Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.97, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout299MaxLeak: target 0.005, missed untuned (0.635%), met tuned (0.469%).
const heldout299MaxLeak = 0.005

func TestHeldout299(t *testing.T) {
	corpusCheck{file: "testdata/heldout299.jsonl", name: "two-hundred-and-ninety-ninth held-out corpus", minMessages: 250,
		floors: heldout299Floor, everyType: true, maxLeak: heldout299MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
