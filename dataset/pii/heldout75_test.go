package pii

import "testing"

// testdata/heldout75.jsonl is the seventy-fifth held-out file: 267
// messages (137 Russian, 130 English; 66 without personal data; 581 gold
// spans: PERSON 320, PHONE 66, ADDRESS 48, EMAIL 43, INN 23, PASSPORT 16,
// BANK_ACCOUNT 14, IP 14, OGRN 13, SNILS 12, CARD 12), written by hand by
// someone who saw neither the engine nor any other labelled file, while
// the engine was tuned on heldout72 and heldout73. It is the CRM of a
// printing house: business cards, banners, wedding invitations with the
// guests' names, proofs and approvals, rush orders, delivery and pickup,
// corporate accounts and invoices, the designers, HR and security logs.
// Chats, letters, e-mails with signatures and quoted history, lower-case
// call transcripts, portal notices, requisites, lists and tables, internal
// notes. Names with initials, in every case and in the plural, diminutives,
// lower case, in signatures and in text to be printed; titles (Mr., Ms.,
// Dr., Professor, Sir, Lady, Father, "mrs") outside; misprint complaints
// with both spellings labelled (Шевчук and Шевчик, Jonh and John) and both
// phone numbers. Phones Russian, 8-800, Kazakh and foreign, extensions
// outside, numbers read out. Addresses Russian in full and short, read
// out, transliterated, British, American, Canadian, Italian, German and
// Nigerian. Negatives: firms (Вера Плюс, Надежда Плюс, Белая Роза, Whitfield
// & Sons, Lee & Park, Faith & Co), "Вера в успех", "Слава богу", "Надежда
// есть", "Лада Веста", "Will you", "Mark my words", Victoria the city, the
// Grace Script font, the "Will & Grace" show, Jordan almonds; order,
// invoice, claim, ticket and contract numbers, tracking numbers, SKUs,
// ISBN and EAN codes, a VIN, plates, ОМС, a loyalty card, КПП, БИК, ОКПО,
// correspondent accounts, masked cards, versions shaped like IPs, one-time
// codes, and INN, SNILS and card numbers with a wrong check digit beside
// the right ones.
//
// The engine was judged on it once, untuned, with rules-2025.43 (engine
// 1.41.0, commit f50bdad): every identifier type but EMAIL 1.0, EMAIL
// 0.977, ADDRESS 0.990, PERSON 0.958: every F1 target met; 1.777% of PII
// characters leaked (167 of 9396: PERSON 110, ADDRESS 51, PASSPORT 6),
// against the target of 0.5%.
//
// It is no longer held out: after that run its misses (with heldout74's)
// drove rules-2025.44 (engine 1.42.0). With rules-2025.44: every type 1.0
// but EMAIL 0.977 (two firms' mailboxes the writer left unlabelled),
// ADDRESS 0.990 and PERSON 0.962 (misses: lower-case names with no cue,
// "тираж для ивановой", misspellings in complaints, "Шевчик"; false alarms
// on the writer's traps, Grace Script, Will & Grace, Rose and Lily as
// flowers); leak 1.639% (154 of 9396: PERSON 97, ADDRESS 51, PASSPORT 6).

// heldout75Floor guards the tuned level.
var heldout75Floor = map[string]float64{
	TypeBankAccount: 0.99, TypeCard: 0.99, TypeINN: 0.99, TypeIP: 0.99, TypeOGRN: 0.99, TypePassport: 0.99,
	TypePhone: 0.99, TypeSNILS: 0.99, TypeEmail: 0.97, TypeAddress: 0.98, TypePerson: 0.96,
}

// heldout75MaxLeak: target 0.005; 1.777% untuned, 1.639% tuned.
const heldout75MaxLeak = 0.017

func TestHeldout75(t *testing.T) {
	corpusCheck{file: "testdata/heldout75.jsonl", name: "seventy-fifth held-out corpus", minMessages: 250,
		floors: heldout75Floor, everyType: true, maxLeak: heldout75MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
