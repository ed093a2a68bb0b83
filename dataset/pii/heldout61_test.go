package pii

import "testing"

// testdata/heldout61.jsonl is the sixty-first held-out file: 268 messages
// (134 Russian, 134 English; 57 without personal data; 531 gold spans:
// PERSON 295, PHONE 50, ADDRESS 43, EMAIL 29, IP 22, INN 20, CARD 17,
// PASSPORT 15, BANK_ACCOUNT 15, OGRN 13, SNILS 12), written by hand by
// someone who saw neither the engine nor any other labelled file, while the
// engine was tuned on heldout58 and heldout59. It is the CRM of a private
// art gallery, auction house and appraisal service: consignors and buyers,
// phone and online bidders with IPs, provenance chains naming previous
// owners and collectors, export permits, shipping to collectors in the UK,
// France, Switzerland, the US, the UAE and China, insurance valuations,
// self-employed restorers. Artists named as the authors of works are
// persons in any case ("работы Серова", "после Айвазовского", "after
// Rembrandt", "the Lowry print"); titles of paintings are not. Titles
// outside (Mme, Sheikha, Count). Chats, letters, e-mails with signatures
// and quoted history, lower-case transcripts, notices, requisites, bid
// logs, one address read out. Negatives: institutions, firms and streets
// named after people (Третьяковская галерея, Pushkin Museum, ГЦХРМ им.
// Грабаря, Agnew's, Galerie Maeght, Sotheby's, James Bourlet & Sons,
// Mohammed Bin Rashid Boulevard, Victoria Station), Слава богу, Вера в
// успех, Will you, Mark my words; lot, catalogue, inventory and permit
// numbers, invoices, tickets, claims, DHL, UPS, FedEx and СДЭК tracking, a
// customs declaration, policy, ОМС and ТН ВЭД codes, amounts, dates, auth
// codes, КПП, БИК, ОКПО, correspondent accounts, masked cards, versions
// shaped like IPs, and a card, an INN, a SNILS and an OGRN with a wrong
// check digit.
//
// The engine was judged on it once, untuned, with rules-2025.36 (engine
// 1.34.0, commit 83c116f): every identifier type 1.0, ADDRESS 0.951 (target
// met); PERSON 0.903 (33 missed, mostly artists in the genitive after
// "работы", "кисти", "after", and 23 false alarms) misses its target;
// 5.115% of PII characters leaked (459 of 8974: PERSON 262, ADDRESS 197).

// It is no longer held out: after that run its misses (with heldout60's)
// drove rules-2025.37 (engine 1.35.0): artists named after words that
// attribute a work ("кисти", "круга", "оригинала", "after", "circle of"),
// institutions and streets named after people. With rules-2025.37: ADDRESS
// 0.976, PERSON 0.922, every other type 1.0; leak 4.156% (PERSON 211:
// artists named in the genitive after other words, "графикой
// Добужинского", "коллекции Костаки", foreign collectors in Cyrillic;
// ADDRESS 162: "Villa 27, Street 14b, Al Wasl, Dubai", "nab. Fontanki, d.
// 34, kv. 7").

// heldout61Floor guards the tuned level.
var heldout61Floor = map[string]float64{
	TypeBankAccount: 0.99, TypeCard: 0.99, TypeEmail: 0.99, TypeINN: 0.99, TypeIP: 0.99, TypeOGRN: 0.99,
	TypePassport: 0.99, TypePhone: 0.99, TypeSNILS: 0.99, TypeAddress: 0.97, TypePerson: 0.92,
}

// heldout61MaxLeak: target 0.005; 5.115% untuned, 4.156% tuned.
const heldout61MaxLeak = 0.042

func TestHeldout61(t *testing.T) {
	corpusCheck{file: "testdata/heldout61.jsonl", name: "sixty-first held-out corpus", minMessages: 250,
		floors: heldout61Floor, everyType: true, maxLeak: heldout61MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
