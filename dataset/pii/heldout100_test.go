package pii

import "testing"

// testdata/heldout100.jsonl is the hundredth held-out file: 280 messages
// (140 Russian, 140 English; 61 without personal data; 713 gold spans:
// PERSON 409, PHONE 71, EMAIL 55, ADDRESS 44, INN 32, IP 27, PASSPORT 21,
// BANK_ACCOUNT 15, CARD 14, SNILS 13, OGRN 12), written by hand by someone
// who saw neither the engine nor any other labelled file, while the engine
// was tuned on heldout98 and heldout99. It is the CRM of an online language
// school for adults and companies (English, German, Chinese, Spanish):
// trial lessons, placement tests, schedules, teachers' contracts and
// payouts (самозанятые, ИП, foreign contractors), corporate contracts with
// requisites, invoices, tax-deduction certificates, refunds, complaints,
// exam results, access and deletion requests. Chats, lower-case call
// transcripts, e-mails with headers, quoted replies, forwards and
// signatures, contracts, pasted tables, a scanned passport, platform and
// security logs. Names in every case form, diminutives and vocatives,
// capitals and lower case, one-syllable Korean and Chinese surnames,
// Spanish, Filipino, German and Japanese names, names that are also words
// (Надежда, Вера, Mark, Will, Grace, Faith, April, Florence). Not names:
// textbooks named after their authors (Murphy, Бонк), firms, streets,
// metro stations. Addresses Russian (корп., стр., лит., пом.),
// transliterated, UK, US, Spanish, German, Chinese, Philippine, Kazakh.
// Negatives: contract, invoice, lesson, group and certificate numbers,
// scores, promo codes, КПП, БИК, ОКПО, correspondent accounts, foreign
// IBANs, a Kazakh BIN, IP-shaped versions, masked cards, numbers with a
// wrong check digit.
//
// The engine was judged on it once, untuned, with rules-2025.60 (engine
// 1.58.0, commit 08f943f): every type met its target (ADDRESS 0.966,
// PERSON 0.955, the others 1.0); 2.452% of PII characters leaked (279 of
// 11378: PERSON 197, ADDRESS 82), against the target of 0.5%.
//
// It is no longer held out: after that run its misses (with heldout101's)
// drove rules-2025.61 (engine 1.59.0): a patronymic in capitals after its
// label on a scanned passport ("Отчество ВАДИМОВНА"), universities and
// Manila are no names, Hub ends a firm's name. With rules-2025.61: PERSON
// 0.960, the other types as before; leak 2.373% (270 of 11378: PERSON 188,
// ADDRESS 82).

// heldout100Floor guards the tuned level.
var heldout100Floor = map[string]float64{
	TypeBankAccount: 0.99, TypeCard: 0.99, TypeEmail: 0.99, TypeINN: 0.99, TypeIP: 0.99, TypeOGRN: 0.99,
	TypePassport: 0.99, TypePhone: 0.99, TypeSNILS: 0.99, TypeAddress: 0.96, TypePerson: 0.95,
}

// heldout100MaxLeak: target 0.005; 2.452% untuned, 2.373% tuned.
const heldout100MaxLeak = 0.024

func TestHeldout100(t *testing.T) {
	corpusCheck{file: "testdata/heldout100.jsonl", name: "hundredth held-out corpus", minMessages: 250,
		floors: heldout100Floor, everyType: true, maxLeak: heldout100MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
