package pii

import "testing"

// testdata/heldout64.jsonl is the sixty-fourth held-out file: 262 messages
// (132 Russian, 130 English; 58 without personal data; 564 gold spans:
// PERSON 275, PHONE 64, EMAIL 45, PASSPORT 38, ADDRESS 36, INN 24, CARD 20,
// IP 17, BANK_ACCOUNT 16, SNILS 15, OGRN 14), written by hand by someone
// who saw neither the engine nor any other labelled file, while the engine
// was tuned on heldout62 and heldout63. It is the CRM of an airline's
// customer service and a ground-handling lost-baggage desk: bookings,
// refunds, lost, delayed and damaged bags, passenger data and name
// changes, frequent-flyer accounts, corporate travel managers. Short chats,
// claims and letters, e-mails with signatures and quoted history,
// lower-case call transcripts, system and security notices, requisites,
// lists, PNR and manifest lines (SMITH/JOHN MR), access logs. Names in
// every case, diminutives, lower case, spelled letter by letter, initials
// first, titles outside. Numbers read out as words (phones, a card, a
// SNILS, passports), international phones, 8-800 hotlines; Russian
// internal and foreign passports and Latin-letter ones; addresses in
// Russia, the UK, the US, France, Portugal, Poland and Lebanon, and one
// spoken. Negatives: Вера, Надежда, Слава богу, Роза Хутор, Лада Веста,
// Победа, Аврора, Королёв, Victoria, Georgia, Jordan, "Will you", "Mark my
// words", "Grace period", Chase the bank, pets called Max and Bailey; PNR
// and booking codes, ticket numbers, bag tags, WorldTracer files, claim,
// invoice, contract and voucher numbers, ОМС, a VIN, a plate, an SKU, an
// IMEI, masked cards, an SMS code, correspondent accounts, БИК, КПП, ОКПО,
// versions shaped like IPs, and INN, SNILS and card numbers with a wrong
// check digit.
//
// The engine was judged on it once, untuned, with rules-2025.38 (engine
// 1.36.0, commit 32dfd19): ADDRESS, BANK_ACCOUNT, CARD, EMAIL, IP, OGRN
// and SNILS 1.0, PHONE 0.992, INN 0.979 (targets met); PASSPORT 0.962
// (three false alarms) and PERSON 0.953 (below 0.97 but above its 0.92
// target); 1.385% of PII characters leaked (134 of 9673: PERSON 99,
// ADDRESS 24, INN 10, PHONE 1), against the target of 0.5%.
//
// It is no longer held out: after that run its misses (with heldout65's)
// drove rules-2025.39 (engine 1.37.0). With rules-2025.39: every type 1.0
// but PASSPORT 0.987 (a lost passport the writer left unlabelled) and PERSON
// 0.973: the misses are names in Latin capitals in a spelling correction
// (KOVALEV, JONATHAN), labels that split one name ("кравчук" and "наталья
// петровна") and a surname answering a question on the line before; four
// of the six false alarms are repeated names the writer did not label ("mr
// thornton", "thanks rhys"); leak 0.786% (76 of 9673: PERSON 59, ADDRESS
// 17).

// heldout64Floor guards the tuned level.
var heldout64Floor = map[string]float64{
	TypeAddress: 0.99, TypeBankAccount: 0.99, TypeCard: 0.99, TypeEmail: 0.99, TypeINN: 0.99, TypeIP: 0.99,
	TypeOGRN: 0.99, TypePhone: 0.99, TypeSNILS: 0.99, TypePassport: 0.98, TypePerson: 0.97,
}

// heldout64MaxLeak: target 0.005; 1.385% untuned, 0.786% tuned.
const heldout64MaxLeak = 0.008

func TestHeldout64(t *testing.T) {
	corpusCheck{file: "testdata/heldout64.jsonl", name: "sixty-fourth held-out corpus", minMessages: 250,
		floors: heldout64Floor, everyType: true, maxLeak: heldout64MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
