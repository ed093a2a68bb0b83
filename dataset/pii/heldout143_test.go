package pii

import "testing"

// testdata/heldout143.jsonl is the hundred-and-forty-third held-out file:
// 277 messages (138 Russian, 139 English; 58 without personal data; 489
// gold spans: PERSON 278, EMAIL 42, PHONE 41, ADDRESS 40, PASSPORT 22, IP
// 17, CARD 14, INN 12, BANK_ACCOUNT 12, OGRN 7, SNILS 4), written by hand by
// someone who saw neither the engine nor any other labelled file, while the
// engine was tuned on heldout138 to heldout141. It is the CRM of an
// organiser of international scientific conferences in Moscow, St
// Petersburg, Kazan and Almaty: registrations, visa invitation letters
// (passports, dates of birth, affiliations), travel grants to cards and
// accounts, hotels and transfers, abstracts and reviewers, badges,
// sponsors' requisites, complaints, deletion requests. Chats, lower-case
// call transcripts, e-mails with headers, quotes, forwards and signatures,
// registration and grant forms, CSV and pipe tables, OCR'd passports,
// payment, portal and access logs with IPs, SMS, PNR names. Every case
// form, diminutives, initials and academic titles outside the span;
// Chinese, Korean, Vietnamese, Indian, Iranian and Kazakh names; names that
// are also words both ways (Вера, Надежда, Любовь, Роман, Лев, Слава, Hope,
// Grace, Will, Mark, Victoria, Grant). Scientists' names inside prizes,
// lectures, medals, methods, theorems and halls unlabelled (премия имени
// Ландау, Kapitsa Lecture, метод Ньютона, зал «Менделеев»); citations'
// authors ("Smith et al.") and laureates named as history labelled.
// Addresses in Russia, Kazakhstan, the UK, the US and Iran. Negatives:
// invoice, order, abstract, badge, grant, booking, ticket and tracking
// numbers, a VIN, plates, ОМС, КПП, БИК, ОКПО, correspondent accounts, ISBNs,
// IP-shaped versions, masked cards, one-time codes, a Kazakh BIN, an Indian
// PAN, wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.82 (engine
// 1.80.0, commit d708f17): PERSON 0.916 (Chinese names in either order,
// citations' authors by surname, scientists' names in methods read as
// people) and IP 0.9697 (one address in a sentence missed) below target,
// ADDRESS 0.987, PASSPORT 0.977 and the other types (1.0) met theirs;
// 3.571% of PII characters leaked (269 of 7533: PERSON 211, ADDRESS 34, IP
// 13, PASSPORT 11), against the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.83
// (engine 1.81.0), with heldout142's: cited authors ("Smith et al. (2019)",
// "Kuznetsov & Lee (2022)", "Li, Wang and Chen (2023)", "Смирнова и Орлова
// (2022)"), a theory named after two scientists ("Ginzburg–Landau"),
// Chinese names in Cyrillic ("Ю Минхао", "Хуанг Юнь"), an IP after an
// update's word when it has no version's shape ("updated her profile from
// 14.139.128.55"). With rules-2025.83: ADDRESS 0.987, PASSPORT 0.977,
// PERSON 0.941, the others 1.0; leak 2.602% (196 of 7533: PERSON 151,
// ADDRESS 34, PASSPORT 11).

// heldout143Floor guards the tuned level.
var heldout143Floor = map[string]float64{
	TypeBankAccount: 0.99, TypeCard: 0.99, TypeEmail: 0.99, TypeINN: 0.99, TypeIP: 0.99, TypeOGRN: 0.99,
	TypePassport: 0.97, TypePhone: 0.99, TypeSNILS: 0.99, TypeAddress: 0.98, TypePerson: 0.94,
}

// heldout143MaxLeak: target 0.005; 3.571% untuned, 2.602% tuned.
const heldout143MaxLeak = 0.027

func TestHeldout143(t *testing.T) {
	corpusCheck{file: "testdata/heldout143.jsonl", name: "hundred-and-forty-third held-out corpus", minMessages: 250,
		floors: heldout143Floor, everyType: true, maxLeak: heldout143MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
