package pii

import "testing"

// testdata/heldout94.jsonl is the ninety-fourth held-out file: 289
// messages (145 Russian, 144 English; 59 without personal data; 699 gold
// spans: PERSON 389, PHONE 81, ADDRESS 55, EMAIL 43, INN 29, PASSPORT 24,
// IP 24, CARD 16, BANK_ACCOUNT 15, OGRN 12, SNILS 11), written by hand by
// someone who saw neither the engine nor any other labelled file, while the
// engine was tuned on heldout92 and heldout93. It is the CRM of a company
// importing cars from Japan, Korea, the UAE and China for private buyers:
// auction lot sheets (USS, TAA, JU, Encar), purchase contracts and powers
// of attorney, prepayments and refunds, shipping via Vladivostok and
// Novorossiysk, customs, СБКТС and ЭПТС, car-carrier delivery, damage
// complaints. E-mails with headers, quoted replies, forwards and
// signatures, chats, Telegram and WeChat, lower-case transcripts in both
// languages, tables, a passport scan's OCR, portal, security and payment
// logs. Names in every case, initials, diminutives, capitals, a hyphenated
// surname, split form fields, ИП; Japanese names in both orders and in
// kanji with -san and -sama outside, Korean, Chinese (王磊), Emirati, a
// German and a Ghanaian client. Car models and brands named like people
// (Toyota Noah, Mark X, Nissan Leaf, Serena, Kia Ray, Santa Fe, Лада Веста,
// Lincoln, Suzuki and Honda as cars and as people), the city Артём.
// Addresses in Russian, transliterated, Japanese (romaji and 〒 kanji),
// Korean (hangul and romanised), Chinese (pinyin and hanzi), UAE ones at a
// building's level, an ASR one. Negatives: VINs, frame and engine numbers,
// lots and grades, Russian, Japanese and Korean plates, containers, B/L,
// bookings, AWBs, customs declarations, СБКТС and ЭПТС numbers, contracts,
// invoices, amounts in six currencies, mileage, КПП, БИК, ОКПО, ОКТМО,
// correspondent accounts, SWIFT, masked cards, versions, numbers with a
// wrong check digit.
//
// The engine was judged on it once, untuned, with rules-2025.56 (engine
// 1.54.0, commit 6ea42c0): BANK_ACCOUNT, CARD, EMAIL, INN, IP, OGRN,
// PASSPORT and SNILS 1.0, PHONE 0.994, PERSON 0.953 (targets met); ADDRESS
// 0.902 misses its target (nine missed: Japanese, Korean, Chinese and UAE
// layouts); 5.171% of PII characters leaked (591 of 11429: ADDRESS 430,
// PERSON 149, PHONE 12), against the target of 0.5%.
//
// It is no longer held out: after that run its misses (with heldout95's)
// drove rules-2025.57 (engine 1.55.0), which reads Japanese "-shi" and
// Korean "-gu" addresses and UAE showrooms. With rules-2025.57: ADDRESS
// 0.943 (misses: ones in kanji, hangul and hanzi, a UAE one on a numbered
// street), PERSON 0.955 (misses: Japanese surnames that are brands, Honda;
// lower-case full names; false alarms: the Toyota Noah as «Ноа»), the other
// types as before; leak 3.246% (371 of 11429: ADDRESS 210, PERSON 149,
// PHONE 12).

// heldout94Floor guards the tuned level.
var heldout94Floor = map[string]float64{
	TypeBankAccount: 0.99, TypeCard: 0.99, TypeEmail: 0.99, TypeINN: 0.99, TypeIP: 0.99, TypeOGRN: 0.99,
	TypePassport: 0.99, TypePhone: 0.99, TypeSNILS: 0.99, TypeAddress: 0.94, TypePerson: 0.95,
}

// heldout94MaxLeak: target 0.005; 5.171% untuned, 3.246% tuned.
const heldout94MaxLeak = 0.033

func TestHeldout94(t *testing.T) {
	corpusCheck{file: "testdata/heldout94.jsonl", name: "ninety-fourth held-out corpus", minMessages: 250,
		floors: heldout94Floor, everyType: true, maxLeak: heldout94MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
