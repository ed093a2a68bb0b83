package pii

import "testing"

// testdata/heldout165.jsonl is the hundred-and-sixty-fifth held-out file:
// 278 messages (143 Russian, 135 English; 60 without personal data; 584
// gold spans: PERSON 330, ADDRESS 90, PHONE 70, EMAIL 28, PASSPORT 15,
// INN 14, IP 13, CARD 10, BANK_ACCOUNT 10, SNILS 8, OGRN 7), written by
// hand by someone who saw neither the engine nor any other labelled file,
// while the engine was tuned on heldout162 and heldout163. It is the CRM of
// a private ambulance and home-visit medical service, a Moscow dispatch
// centre with an English desk and a UK service: dispatch calls, hospital
// transfers, crew rosters, medical-card notes, ОМС and ДМС policies,
// insurers' invoices and registers, card payments and refunds, complaints,
// deletion and access requests. Chats, SMS, lower-case call transcripts
// (dispatcher and caller, addresses dictated in words), e-mails with
// headers, quotes, forwards and signatures, forms, CSV, semicolon and pipe
// dispatch logs, OCR'd passports and policies, logs with IPv4 and IPv6.
// Every case form, diminutives, initials, patients by surname in logs,
// relatives in passing ("дочь Лена"); hospitals and diseases named after
// people (им. Склифосовского, Parkinson's), drugs that look like names
// (Allegra, Мильгамма), Victoria as a name, a city and a station. Negatives:
// call, medical-card, claim, invoice, policy and refund numbers, ОМС and ДМС
// policies, КПП, БИК, ОКПО, correspondent accounts, a УИН, VINs, plates,
// masked cards, IP-shaped versions, wrong check digits; a UK sort code, a
// National Insurance number and a Kazakh ИИН left unlabelled.
//
// The engine was judged on it once, untuned, with rules-2025.95 (engine
// 1.93.0, commit 12141d5): PHONE 0.885 (calls numbered "24-20411" read
// as phones; the service's 8-800 line the writer left unlabelled against
// the brief), EMAIL 0.966 (the service's own addresses, unlabelled against
// the brief) and PASSPORT 0.966 (a Ukrainian passport, "FH 294117", four
// words after the word) missed their targets, ADDRESS 0.936 (addresses in
// the cells of pipe tables, "Варшавское ш., 152"), PERSON 0.968 and the
// other types (1.0) met theirs; 4.937% of PII characters leaked (500 of
// 10128: ADDRESS 401, PERSON 73, PHONE 17, PASSPORT 9), against the target
// of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.96
// (engine 1.94.0), with those of heldout164: a table's cell bounds an
// address both ways, a dash-joined number in the layout 2-5 or 2-6 is a
// serial, not a phone, "Grand Parade". With rules-2025.96: ADDRESS 0.972,
// PHONE 0.986, PERSON 0.968, EMAIL 0.966, PASSPORT 0.966, the others 1.0;
// leak 3.041% (308 of 10128: ADDRESS 209, PERSON 73, PHONE 17, PASSPORT 9).

// heldout165Floor guards the tuned level.
var heldout165Floor = map[string]float64{
	TypeBankAccount: 0.99, TypeCard: 0.99, TypeEmail: 0.96, TypeINN: 0.99, TypeIP: 0.99, TypeOGRN: 0.99,
	TypePassport: 0.96, TypePhone: 0.98, TypeSNILS: 0.99, TypeAddress: 0.97, TypePerson: 0.96,
}

// heldout165MaxLeak: target 0.005; 4.937% untuned, 3.041% tuned.
const heldout165MaxLeak = 0.031

func TestHeldout165(t *testing.T) {
	corpusCheck{file: "testdata/heldout165.jsonl", name: "hundred-and-sixty-fifth held-out corpus", minMessages: 250,
		floors: heldout165Floor, everyType: true, maxLeak: heldout165MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
