package pii

import "testing"

// testdata/heldout180.jsonl is the hundred-and-eightieth held-out file:
// 280 messages (140 Russian, 140 English; 62 without personal data; 535
// gold spans: PERSON 272, PHONE 84, ADDRESS 65, EMAIL 38, IP 17, INN 14,
// PASSPORT 14, BANK_ACCOUNT 12, CARD 9, OGRN 8, SNILS 4), written by hand
// by someone who saw neither the engine nor any other labelled file, while
// the engine was tuned on heldout178 and heldout179. It is the CRM of a
// Russian freight forwarder and sourcing agent for imports from China
// (Guangzhou, Yiwu, Shenzhen, Urumqi, Foshan, Ningbo): supplier searches,
// factory visits, sample orders, payments to suppliers, customs clearance
// with importers' requisites, warehouses in China and Russia, lost-cargo
// claims, complaints, deletion requests. Chats, Telegram and SMS,
// lower-case call transcripts, e-mails with headers, quotes, forwards and
// signatures, web forms, CSV, pipe and markdown shipment tables, OCR'd
// passports and contracts, portal and access logs. Chinese names in pinyin
// in either order and in capitals, in Cyrillic and declined (Ван Лэю), in
// Chinese characters, English nicknames of Chinese managers, Russian names
// in every case form, titles outside; brands and factories named after
// people (Ли Нин, Zhang Ji Hardware Factory) and names that are also words
// unlabelled; Chinese street addresses. Negatives: order, container,
// waybill, tracking, invoice, PI, claim, contract and declaration numbers,
// HS codes, a VIN, plates, ОМС, КПП, БИК, ОКПО, correspondent accounts,
// masked cards, WeChat IDs, IP-shaped versions, wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.109 (engine
// 1.107.0, commit dba0eb2): every type met its F1 target (PERSON 0.952:
// names in Chinese characters, factories named after people, pinyin in
// capitals; ADDRESS 0.985; the others 1.0); 1.668% of PII characters
// leaked (153 of 9175: PERSON 106, ADDRESS 47), against the target of
// 0.5%.
//
// It is no longer held out: after that run its false alarms drove a few
// rules of rules-2025.110 (engine 1.108.0), with the misses of heldout181:
// factories and carriers named after people ("Zhang Ji Hardware Factory",
// "Alatau Trans"). With rules-2025.110: PERSON 0.957, ADDRESS 0.985, the
// others 1.0; leak unchanged at 1.668%.

// heldout180Floor guards the tuned level.
var heldout180Floor = map[string]float64{
	TypeBankAccount: 0.99, TypeCard: 0.99, TypeEmail: 0.99, TypeINN: 0.99, TypeIP: 0.99, TypeOGRN: 0.99,
	TypePassport: 0.99, TypePhone: 0.99, TypeSNILS: 0.99, TypeAddress: 0.98, TypePerson: 0.95,
}

// heldout180MaxLeak: target 0.005; 1.668% untuned and tuned.
const heldout180MaxLeak = 0.017

func TestHeldout180(t *testing.T) {
	corpusCheck{file: "testdata/heldout180.jsonl", name: "hundred-and-eightieth held-out corpus", minMessages: 250,
		floors: heldout180Floor, everyType: true, maxLeak: heldout180MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
