package pii

import "testing"

// testdata/heldout10.jsonl is the tenth held-out file: 282 messages (154 Russian,
// 128 English; 69 without personal data; 482 gold spans: PERSON 259,
// ADDRESS 64, PHONE 53, EMAIL 29, INN 22, BANK_ACCOUNT 17, IP 17, PASSPORT
// 16, OGRN 12, CARD 12, SNILS 11), written by hand by someone who saw
// neither the engine nor any other labelled file, while the engine was
// tuned on heldout8 and heldout9. It is the CRM of a private clinic network
// and a health-insurance broker in six Russian cities with patients from
// abroad: bookings and reminders, lab notices, patient chats and e-mails,
// complaints, referrals between doctors, HR for medical staff, call and
// chat transcripts (some lower-case, with diminutives such as Оль, кать,
// Томочка, a spoken address and two spoken e-mails, which are gold EMAIL),
// home-visit requests with addresses in many forms (postcode and region,
// bare "ул. X, 12", "д 9 кв 31", корпус/литер/строение, Zelenograd
// buildings, СНТ plots, UK, German, Israeli and Belarusian addresses),
// invoices and requisites, ДМС claims and guarantee letters, refunds,
// salary registers, onboarding with passport, СНИЛС and ИНН, and IT notices
// with client, internal (with a port) and IPv6 addresses. Negatives:
// "Вера в успех", "Mark my words", Victoria as a city, Лада Ларгус, versions
// shaped like IPs, masked cards, a foreign IBAN, a visa and a work-permit
// number, ДМС/ОМС policies, КПП, БИК, correspondent accounts, a plate,
// barcodes, operation ids, and identifiers with a wrong check digit.
//
// The engine was judged on it once, untuned, with rules-2025.11 (engine
// 1.9.0, commit 563ed15): BANK_ACCOUNT,
// INN, OGRN and SNILS 1.0, PHONE 0.991 and PERSON 0.967 (targets met); IP
// 0.9697 (1 of 17 missed), EMAIL 0.964 (the two spoken e-mails), CARD 0.957
// (1 of 12 missed),
// PASSPORT 0.933 (2 of 16 missed) and ADDRESS 0.881 (12 of 64 missed) miss
// theirs; 9.118% of PII characters leaked (831 of 9114: ADDRESS 592, PERSON
// 101, EMAIL 72, PHONE 19, CARD 19, PASSPORT 18, IP 10).

// It is no longer held out: after that run its misses (with heldout11's)
// drove rules-2025.12 (engine 1.10.0); heldout12.jsonl and heldout13.jsonl
// are the untuned sets. With rules-2025.12: ADDRESS 0.959, PERSON 0.969,
// PHONE 0.991, IP 0.970, EMAIL 0.964, CARD 0.957, PASSPORT 0.933; leak
// 6.386% (ADDRESS 343, PERSON 101 and the two spoken e-mails, 72).

// heldout10Floor guards the tuned level.
var heldout10Floor = map[string]float64{
	TypePhone: 0.98, TypeINN: 0.99, TypeSNILS: 0.99, TypeOGRN: 0.99, TypeBankAccount: 0.99, TypeIP: 0.96,
	TypePerson: 0.96, TypeEmail: 0.96, TypeCard: 0.95, TypePassport: 0.93, TypeAddress: 0.95,
}

// heldout10MaxLeak: target 0.005; 9.118% untuned, 6.386% tuned.
const heldout10MaxLeak = 0.064

func TestHeldout10(t *testing.T) {
	corpusCheck{file: "testdata/heldout10.jsonl", name: "tenth held-out corpus (a dev set since rules-2025.12)", minMessages: 250,
		floors: heldout10Floor, everyType: true, maxLeak: heldout10MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
