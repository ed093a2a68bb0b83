package pii

import "testing"

// testdata/heldout55.jsonl is the fifty-fifth held-out file: 258 messages
// (130 Russian, 128 English; 52 without personal data; 557 gold spans:
// PERSON 283, PHONE 61, ADDRESS 47, PASSPORT 32, EMAIL 29, INN 22, IP 22,
// BANK_ACCOUNT 17, OGRN 15, CARD 15, SNILS 14), written by hand by someone
// who saw neither the engine nor any other labelled file, while the engine
// was tuned on heldout52 and heldout53. It is the CRM of a B2B industrial
// equipment supplier and service company: tenders, offers, contracts,
// counterparty cards and requisites, service requests, engineers' site
// visits, commissioning and vibration reports, warranty claims, spare
// parts; foreign service engineers from Germany, Italy, China, Turkey,
// Denmark, France and Kazakhstan with Latin-letter and numeric passports;
// Russian passports in several layouts. Engineers' chats, letters with
// outgoing numbers, e-mails with signatures and quoted history, lower-case
// ASR transcripts with spoken numbers, access logs, requisites, minutes,
// lists. Industrial addresses: промзона, территория завода, стр., корп.,
// лит., industrial parks, UK "Unit N … Industrial Estate" with postcodes,
// German and Italian streets, warehouses in Belarus and Kazakhstan, one
// spoken address. Names in every case, nicknames (Сан Саныч, Михалыч),
// initials before or after the surname, bare surnames, lower case, titles
// outside (Sir, Herr, мастер участка). Negatives: firms named after people
// (Rossi Impianti, Hoffmann Maschinenbau, Yilmaz Makina, «Морозов и
// сыновья», «Петров и партнёры», Siemens, Liebherr, «Карл Шенк»), Лада
// Веста, Вера в, Слава богу, Любовь к, Роза ветров, Лев on a logo, Will
// you, Mark my words, to be frank, grace, Grant access, June, Victoria the
// place and Victoria Steel Ltd; GOST, ISO, EN and ТР ТС numbers, part,
// drawing, serial and HS numbers, customs declarations, certificates,
// visas and permits, firmware versions shaped like IPs, contract, claim,
// ticket, order and tender ids, tracking, B/L, AWB and container numbers,
// amounts, dates, plates, КПП, ОКПО, БИК, correspondent accounts, KBK, a
// Kazakh БИН and a Belarus УНП, masked cards, and INN, SNILS, OGRN and card
// numbers with a wrong check digit.
//
// The engine was judged on it once, untuned, with rules-2025.32 (engine
// 1.30.0, commit 71fa25f): BANK_ACCOUNT, CARD, INN, IP, OGRN and SNILS 1.0,
// PHONE 0.992, EMAIL 0.983, PERSON 0.972 and ADDRESS 0.925 (targets met);
// PASSPORT 0.939 (one missed, three false alarms) misses its target;
// 3.164% of PII characters leaked (299 of 9450: ADDRESS 235, PERSON 46,
// PASSPORT 18).

// It is no longer held out: after that run its misses (with heldout54's)
// drove rules-2025.33 (engine 1.31.0). With rules-2025.33: PERSON 0.988,
// ADDRESS 0.978, PHONE 0.992, EMAIL 0.983 (a company phone and a To:
// address the writer left unlabelled), every other type 1.0; leak 1.958%
// (ADDRESS 139: "Via dell'Industria 24, 25030 Castel Mella", a spoken "unit
// seven kirkstall industrial park leeds ls5 3bt"; PERSON 46).

// heldout55Floor guards the tuned level.
var heldout55Floor = map[string]float64{
	TypeBankAccount: 0.99, TypeCard: 0.99, TypeINN: 0.99, TypeIP: 0.99, TypeOGRN: 0.99, TypePassport: 0.99,
	TypeSNILS: 0.99, TypeEmail: 0.98, TypePhone: 0.98, TypePerson: 0.98, TypeAddress: 0.97,
}

// heldout55MaxLeak: target 0.005; 3.164% untuned, 1.958% tuned.
const heldout55MaxLeak = 0.02

func TestHeldout55(t *testing.T) {
	corpusCheck{file: "testdata/heldout55.jsonl", name: "fifty-fifth held-out corpus", minMessages: 250,
		floors: heldout55Floor, everyType: true, maxLeak: heldout55MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
