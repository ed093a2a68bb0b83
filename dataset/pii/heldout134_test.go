package pii

import "testing"

// testdata/heldout134.jsonl is the hundred-and-thirty-fourth held-out file:
// 278 messages (138 Russian, 140 English; 52 without personal data; 586
// gold spans: PERSON 348, ADDRESS 55, PHONE 42, EMAIL 30, PASSPORT 25, IP
// 20, INN 19, BANK_ACCOUNT 15, CARD 13, OGRN 11, SNILS 8), written by hand
// by someone who saw neither the engine nor any other labelled file, while
// the engine was tuned on heldout128 to heldout133. It is the CRM of a
// Moscow notary's office and an inheritance and real-estate legal bureau:
// appointments, powers of attorney, inheritance cases (the deceased, heirs,
// compulsory shares, renunciations), sales, gift deeds, marriage contracts,
// requisites of the bureau, firms and sole traders, state and notary fees
// by card, refunds, complaints, deletion requests. Chats and WhatsApp logs,
// lower-case call transcripts, e-mails with headers, quotes, forwards and
// signatures, intake forms, SMS templates, CSV, pipe and Markdown tables of
// heirs and documents, OCR'd passports, birth, marriage and death
// certificates, deeds and wills, portal, access and payment logs with IPv4
// and IPv6. The deceased and heirs sharing a surname, every case form,
// maiden and former surnames (née, до брака, in brackets), initials before
// and after the surname, notaries by name and patronymic, streets named
// after people, names that are also words both ways (Вера, Надежда, Любовь,
// Роман, Лев, Слава, Hope, Grace, Will, Mark, Victoria); foreign heirs,
// passports and addresses (UK, Germany, Poland, US). Negatives: case,
// register, deal, invoice, certificate, cadastral and tracking numbers,
// VINs, plates, ОМС, КПП, БИК, ОКПО, ОКТМО, КБК, УИН, correspondent
// accounts, RRNs, masked cards, IP-shaped versions, numbers with a wrong
// check digit.
//
// The engine was judged on it once, untuned, with rules-2025.78 (engine
// 1.76.0, commit 207e93a): every type met its target (ADDRESS 0.991, IP
// 0.976: a controller's version read as an IP, PERSON 0.960, the others
// 1.0); 1.625% of PII characters leaked (165 of 10152: PERSON 88, ADDRESS
// 77; a village's address in English, a maiden name in brackets beside a
// German surname in Cyrillic, lower-case surnames, names that are also
// words), against the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.79
// (engine 1.77.0), with heldout135's: an English address whose house
// follows in the next part before a semicolon ("Lesnaya St., 14;") and no
// longer takes the full stop after it, countries in a list of heirs, a city
// that is a name after travel ("travelling to Victoria"), an heir before a
// foreign name ("Наследник Хартманн Петер"), an app's version after
// "приложение". With rules-2025.79: PERSON 0.967, the others 1.0; leak
// 0.729% (74 of 10152, all PERSON).

// heldout134Floor guards the tuned level.
var heldout134Floor = map[string]float64{
	TypeBankAccount: 0.99, TypeCard: 0.99, TypeEmail: 0.99, TypeINN: 0.99, TypeIP: 0.99, TypeOGRN: 0.99,
	TypePassport: 0.99, TypePhone: 0.99, TypeSNILS: 0.99, TypeAddress: 0.99, TypePerson: 0.96,
}

// heldout134MaxLeak: target 0.005; 1.625% untuned, 0.729% tuned.
const heldout134MaxLeak = 0.008

func TestHeldout134(t *testing.T) {
	corpusCheck{file: "testdata/heldout134.jsonl", name: "hundred-and-thirty-fourth held-out corpus", minMessages: 250,
		floors: heldout134Floor, everyType: true, maxLeak: heldout134MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
