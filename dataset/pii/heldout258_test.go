package pii

import "testing"

// testdata/heldout258.jsonl is the two-hundred-and-fifty-eighth
// held-out file: 280 messages (140 Russian, 140 English; 59 without
// personal data; 682 gold spans: PERSON 363, ADDRESS 72, PASSPORT 70,
// PHONE 63, EMAIL 44, IP 17, INN 12, BANK_ACCOUNT 12, CARD 10, SNILS 10,
// OGRN 9), written by hand by someone who saw neither the engine nor any
// other labelled file, while the engine was tuned on heldout252 to
// heldout255.
// It is the CRM of a visa and travel-document centre in Moscow, Kazan,
// Yekaterinburg and Almaty: Schengen, UK, US and Asian visas, biometrics
// appointments, courier delivery of passports, payments and refunds,
// refusals and appeals, hosts and inviters abroad, complaints, deletion
// requests. Chats, SMS, lower-case call transcripts with names spelled
// letter by letter and passport, phone and card numbers read out in
// words, e-mails with headers, quotes, forwards and signatures, labelled
// application forms, CSV and pipe group lists, passport scans with
// machine-readable lines (the number labelled inside the line), portal,
// login and payment logs, airline tickets. Kazakh and Tatar names, every
// case form, diminutives, names that are also words used both ways.
// Negatives: application, appointment, tracking, visa and ticket numbers,
// plates, ОМС, КПП, ОКПО, БИК, masked cards, versions shaped like IPs,
// wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.142 (engine
// 1.137.0, commit e5ca52a): CARD 0.947 (a card read out in words),
// PASSPORT 0.947 (passports read out in words, numbers inside
// machine-readable lines) and BANK_ACCOUNT 0.960 (an account with no БИК
// near) missed their targets; ADDRESS 0.958 (foreign and spoken
// addresses), PERSON 0.950 (names spelled letter by letter, Latin
// capitals in lists) and the other types (1.0) met theirs; 6.088% of PII
// characters leaked (722 of 11860: PASSPORT 278, ADDRESS 196, PERSON 167,
// CARD 81), against the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.143
// (engine 1.138.0), with those of heldout256, heldout257, heldout259,
// heldout261: a card and a passport read out after the question for them, a
// passport's number opening the second machine-readable line, a form's
// "Passport" label no name. Tuned: CARD 1.0 and PASSPORT 0.978 (now met),
// ADDRESS, BANK_ACCOUNT and PERSON as untuned; 4.798% leaked (569 of 11860).

// heldout258Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout258Floor = map[string]float64{
	TypeBankAccount: 0.96, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.97, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout258MaxLeak: target 0.005, missed untuned (6.088%) and tuned (4.798%).
const heldout258MaxLeak = 0.048

func TestHeldout258(t *testing.T) {
	corpusCheck{file: "testdata/heldout258.jsonl", name: "two-hundred-and-fifty-eighth held-out corpus", minMessages: 250,
		floors: heldout258Floor, everyType: true, maxLeak: heldout258MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
