package pii

import "testing"

// testdata/heldout173.jsonl is the hundred-and-seventy-third held-out file:
// 281 messages (140 Russian, 141 English; 62 without personal data; 630
// gold spans: PERSON 354, ADDRESS 54, PHONE 42, PASSPORT 38, EMAIL 35, IP
// 15, INN 11, BANK_ACCOUNT 10, CARD 10, OGRN 9, SNILS 4), written by hand
// by someone who saw neither the engine nor any other labelled file, while
// the engine was tuned on heldout170 and heldout171. It is the CRM of a UK
// immigration law firm with Russian- and Ukrainian-speaking clients:
// Skilled Worker, Global Talent and family visas, settlement and
// citizenship, asylum and detention, bail, appeals and judicial review,
// biometrics, fees and refunds, translations of Russian and Ukrainian
// documents, complaints, subject access and deletion requests. Chats, SMS,
// WhatsApp, Telegram and Teams, lower-case call and voicemail transcripts,
// e-mails with headers, quotes, forwards and signatures, forms, CSV, pipe
// and semicolon tables, OCR'd Russian, Ukrainian and British passports and
// translated certificates, portal logs. Judges, Home Office officers and
// caseworkers, one client's name in both alphabets, every case form,
// diminutives; UK flats, named houses, farms, cottages and rural addresses
// with postcodes, Russian addresses in translations. Negatives: case, Home
// Office, GWF, UAN, BRP, CoS, appeal, invoice, booking, ticket and tracking
// numbers, National Insurance numbers, UK sort codes, accounts and IBANs,
// КПП, БИК, ОКПО, correspondent accounts, ОМС, IP-shaped versions, masked
// cards, wrong check digits shown next to the right ones.
//
// The engine was judged on it once, untuned, with rules-2025.104 (engine
// 1.102.0, commit 2a7a764): ADDRESS 0.904 (named houses and farms before
// their street, "Hebden Bridge" read as a person, a UK helpline read as a
// street's line) missed its target, PERSON 0.947, PASSPORT 0.973, PHONE
// 0.988 and the other types (1.0) met theirs; 6.010% of PII characters
// leaked (573 of 9534: ADDRESS 368, PERSON 177, PASSPORT 19, PHONE 9),
// against the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.105
// (engine 1.103.0), with those of heldout172: a town before its postcode is
// no person, a named house before its street ("St Luke's Vicarage, 9
// Church Road"), "View", "общая линия" is a phone's line, "Украина",
// "Переводчик". With rules-2025.105: ADDRESS 0.933, PERSON 0.955, PASSPORT
// 0.973, the others 1.0; leak 5.297% (505 of 9534: ADDRESS 309, PERSON
// 177, PASSPORT 19).

// heldout173Floor guards the tuned level.
var heldout173Floor = map[string]float64{
	TypeBankAccount: 0.99, TypeCard: 0.99, TypeEmail: 0.99, TypeINN: 0.99, TypeIP: 0.99, TypeOGRN: 0.99,
	TypePassport: 0.97, TypePhone: 0.99, TypeSNILS: 0.99, TypeAddress: 0.93, TypePerson: 0.95,
}

// heldout173MaxLeak: target 0.005; 6.010% untuned, 5.297% tuned.
const heldout173MaxLeak = 0.053

func TestHeldout173(t *testing.T) {
	corpusCheck{file: "testdata/heldout173.jsonl", name: "hundred-and-seventy-third held-out corpus", minMessages: 250,
		floors: heldout173Floor, everyType: true, maxLeak: heldout173MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
