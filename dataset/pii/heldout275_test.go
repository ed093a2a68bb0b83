package pii

import "testing"

// testdata/heldout275.jsonl is the two-hundred-and-seventy-fifth held-out
// file: 280 messages (140 Russian, 140 English; 59 without personal data;
// 551 gold spans: PERSON 310, PHONE 54, EMAIL 42, ADDRESS 38, PASSPORT 24,
// INN 22, BANK_ACCOUNT 18, IP 18, OGRN 9, SNILS 9, CARD 7), written by hand
// by someone who saw neither the engine nor any other labelled file, while
// the engine was tuned on heldout268 to heldout271.
// It is the CRM of housing construction cooperatives (ЖСК) and their
// shareholders' offices in Krasnodar, Rostov-on-Don, Voronezh and Samara:
// shareholders' contracts and forms, flat allocations, instalments, debts
// and refunds, general meetings with voting lists and proxies, contractors'
// requisites, defects after handover, complaints, deletion requests.
// Group chats, lower-case call transcripts, e-mails with headers, quotes,
// forwards and signatures, web forms, SMS, OCR'd Russian, UK, Armenian and
// Chinese passports, portal, access and payment logs, CSV and pipe voting
// lists and payment registers; foreign shareholders in English. Armenian
// names and patronymics, hyphenated surnames, proxies for relatives, every
// case form, names that are also words used both ways. Negatives: future
// flat, section and floor numbers, residential complexes, contract,
// protocol and receipt numbers, КПП, БИК, ОКПО, ОМС, masked cards, versions
// shaped like IPs, wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.147 (engine
// 1.142.0, commit e3c2a2b): every F1 target met (PERSON 0.981: residential
// complexes in Latin read as people, surnames in a list missed; ADDRESS
// 0.987; PHONE 0.991; the other types 1.0); 0.393% of PII characters
// leaked (36 of 9165, all PERSON): the leak target of 0.5% met too.
//
// It is no longer held out: after that run its misses drove rules-2025.148
// (engine 1.143.0), with those of heldout272, heldout273, heldout274: a
// housing cooperative's name in Latin letters (ZhSK "Donskaya Gavan", ZhSK
// Volzhsky Bereg). Tuned: PERSON 0.987, ADDRESS and PHONE as untuned; 0.393%
// leaked (36 of 9165).

// heldout275Floor holds the tuned figures: the targets, all met.
var heldout275Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.97, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout275MaxLeak: target 0.005, met untuned (0.393%) and tuned (0.393%).
const heldout275MaxLeak = 0.004

func TestHeldout275(t *testing.T) {
	corpusCheck{file: "testdata/heldout275.jsonl", name: "two-hundred-and-seventy-fifth held-out corpus", minMessages: 250,
		floors: heldout275Floor, everyType: true, maxLeak: heldout275MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
