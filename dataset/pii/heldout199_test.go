package pii

import "testing"

// testdata/heldout199.jsonl is the hundred-and-ninety-ninth held-out file:
// 280 messages (140 Russian, 140 English; 57 without personal data; 538
// gold spans: PERSON 350, PHONE 49, EMAIL 29, ADDRESS 25, INN 17, PASSPORT
// 16, CARD 15, IP 12, OGRN 10, BANK_ACCOUNT 10, SNILS 5), written by hand
// by someone who saw neither the engine nor any other labelled file, while
// the engine was tuned on heldout196 and heldout197. It is the CRM of a
// chain of bars, karaoke and night clubs in Moscow, St Petersburg, Sochi
// and Minsk: table, birthday and corporate bookings, guest lists and VIP
// deposits, door incidents and blacklists, lost property, staff rotas and
// payroll, promoters, touring DJs' agents, drink suppliers, music
// licensing, complaints, deletion and access requests. Chats, lower-case
// transcripts, e-mails with headers, quotes, forwards and signatures, web
// and bot forms, CSV, pipe and semicolon tables, OCR'd passports at the
// door, POS, Wi-Fi portal and API logs, SMS. First names, nicknames and
// diminutives, every case form, lower-case names, Belarusian names,
// initials; karaoke rooms named Вера, Надя, Люба, Hope, Grace, Ruby,
// cocktails (Маргарита, Bloody Mary, Tom Collins, Беллини), DJs' stage
// names, the club "Питер" and "Роман с Луной" are no people. Negatives:
// booking, order, receipt, incident, invoice, contract, shift and
// membership numbers, tracking numbers, a VIN, plates, ОМС, КПП, БИК,
// correspondent accounts, masked cards, versions shaped like IPs, a
// truncated account, wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.122 (engine
// 1.120.0, commit ce63b27): PERSON 0.913 (30 false alarms, cocktails and
// rooms named like people; 31 misses, nicknames and "Surname, Given"
// lists), EMAIL 0.967 (the bars' own addresses, which the writer left
// unlabelled against the brief) and PASSPORT 0.968 (a Belarusian series in
// Cyrillic letters) missed their targets; ADDRESS 0.958 and the other
// types (1.0) met theirs; 3.839% of PII characters leaked (262 of 6825:
// PERSON 230, ADDRESS 22, PASSPORT 10), against the target of 0.5%.
//
// rules-2025.123 (engine 1.121.0) was then tuned on it: cocktails named
// like people ("Tom Collins", "Bloody Mary", «Маргарита» beside a drink's
// word; not "Меня зовут Маргарита"), karaoke booths in quotes, St
// Petersburg as "Питер" after "в", "из", "клуб". PERSON 0.927; the leak is
// unchanged, 3.839% (its misses are nicknames and "Surname, Given"
// lists). These are tuned figures; the floors guard them.

// heldout199Floor guards the tuned level: the targets where met, the measured level where not.
var heldout199Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.96, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.96, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout199MaxLeak: target 0.005, missed (3.839%).
const heldout199MaxLeak = 0.039

func TestHeldout199(t *testing.T) {
	corpusCheck{file: "testdata/heldout199.jsonl", name: "hundred-and-ninety-ninth held-out corpus", minMessages: 250,
		floors: heldout199Floor, everyType: true, maxLeak: heldout199MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
