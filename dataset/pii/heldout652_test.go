package pii

import "testing"

// testdata/heldout652.jsonl is the six-hundred-and-fifty-second held-out
// file: 280 messages (140 Russian, 140 English; 62 without personal data;
// 547 gold spans: PERSON 280, ADDRESS 71, PHONE 59, EMAIL 39, INN 18, IP 17,
// PASSPORT 17, BANK_ACCOUNT 16, CARD 14, OGRN 8, SNILS 8), written by hand
// by someone who saw neither the engine nor any other labelled file, while
// the engine was tuned on files up to heldout644. It is the CRM of a visa
// centre and travel insurance agent in Moscow, Yekaterinburg and
// Novosibirsk: visa applications, biometrics appointments, document
// checklists, insurance policies, refunds. Chats, lower-case call
// transcripts, e-mails with quotes, application forms with fields, CSV
// applicants, pipe tables, webhooks and logs, OCR'd Russian internal and
// foreign passports with machine-readable lines, bank statements, SMS.
// Foreign passport numbers, birth certificates, Belarusian, Kazakh, Uzbek,
// German, British and Italian ID numbers and a Spanish NIE, names in Latin
// letters beside Cyrillic, hotel and host addresses across Europe and
// beyond, phones of about fifteen countries, a passport number and e-mails
// said in words. Negatives: consulates and embassies named after countries,
// famous people and characters, streets and business centres without a
// house, ticket and PNR numbers, masked cards, versions, numbers with wrong
// check digits.
//
// The engine was judged on it once, untuned, with rules-2025.215 (engine
// 1.210.0, commit 31625ed): PASSPORT 0.867 missed its target (birth
// certificates with a Roman numeral and Cyrillic letters as their series,
// and a Spanish NIE); PERSON 0.986, EMAIL 0.987, ADDRESS 0.934 and the other
// types (1.0) met theirs; 3.379% of PII characters leaked (329 of 9737:
// PERSON 6, EMAIL 29, PASSPORT 51, ADDRESS 243), against the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.216
// (engine 1.211.0), with those of the other files from heldout645 to
// heldout652: a German street's article ("Unter den Linden 77, 10117
// Berlin"), a French street's elided article ("9 Rue de l'Arcade") and a
// transliterated street typed in lower case ("ul. shcherbakova d.4 kv.105").
// Left: birth certificates, which most files leave unlabelled, a Spanish
// NIE, an e-mail said in words, and Irish addresses. Tuned: PERSON 0.989,
// EMAIL 0.987, PASSPORT 0.867, ADDRESS 0.957; 2.619% leaked (255 of 9737).

// heldout652Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout652Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.866, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout652MaxLeak: target 0.005, missed untuned (3.379%), missed tuned (2.619%).
const heldout652MaxLeak = 0.027

func TestHeldout652(t *testing.T) {
	corpusCheck{file: "testdata/heldout652.jsonl", name: "six-hundred-and-fifty-second held-out corpus", minMessages: 250,
		floors: heldout652Floor, everyType: true, maxLeak: heldout652MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
