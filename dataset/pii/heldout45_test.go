package pii

import "testing"

// testdata/heldout45.jsonl is the forty-fifth held-out file: 260 messages
// (130 Russian, 130 English; 51 without personal data; 567 gold spans:
// PERSON 340, PHONE 50, EMAIL 36, ADDRESS 29, PASSPORT 25, INN 22,
// BANK_ACCOUNT 14, IP 14, SNILS 13, OGRN 12, CARD 12), written by hand by
// someone who saw neither the engine nor any other labelled file, while the
// engine was tuned on heldout42 and heldout43. It is the CRM of a concert
// and artist-management agency with a music school: tours, visas and
// flight data, riders, venue and promoter contracts and requisites, ticket
// refunds, fan clubs, students and parents, teachers' schedules and
// payouts, instrument rentals. Chats, lower-case call and voicemail
// transcripts (a phone dictated in words), letters, e-mails with signatures
// and quoted history, logs, web forms, requisites, rosters. Names in every
// case, diminutives and vocatives (Маш, Петь, Кать), lower case, initials
// ("Natalia K."), Latin names in Russian text, "SURNAME/NAME MR"; titles
// (Mr., Mrs., Dr., Professor, Sir) outside. Russian internal passports
// (spaced, compact, "серия … номер/№ …"), foreign ones (75 …), German,
// US, French and "GBR"/"UK"-prefixed ones after the word; Russian, UK, US,
// Canadian, French, Latvian, Kazakh and UAE addresses, some in lower case.
// Negatives: Вера в успех, Слава богу, Will you, Mark my words, grace
// period, Victoria a city and a festival, bands, firms, brands (Gibson,
// Steinway, Yamaha), a Telegram handle, a MAC address; order, ticket,
// invoice, contract and claim numbers, tracking numbers, barcodes, amounts,
// dates, SKUs and serials, plates, ОМС, КПП, БИК, ОКПО, correspondent
// accounts, masked cards, versions shaped like IPs, and INN, SNILS, OGRN
// and card numbers with a wrong check digit.
//
// The engine was judged on it once, untuned, with rules-2025.27 (engine
// 1.25.0, commit 99f8677): BANK_ACCOUNT, CARD, EMAIL, INN, IP, OGRN and
// PHONE 1.0, ADDRESS 0.966 and PERSON 0.962 (targets met); PASSPORT 0.958
// (2 missed) and SNILS 0.960 (1 missed) miss theirs; 1.573% of PII
// characters leaked (127 of 8073: PERSON 67, PASSPORT 29, ADDRESS 20, SNILS
// 11).

// It is no longer held out: after that run its misses (with heldout44's)
// drove rules-2025.28 (engine 1.26.0). With rules-2025.28: PERSON 0.973,
// every other type 1.0; leak 0.991% (PERSON 66: lower-case and one-word
// names without a cue, "frank", "Hugo" in a list; PASSPORT 10, ADDRESS 4).

// heldout45Floor guards the tuned level.
var heldout45Floor = map[string]float64{
	TypeBankAccount: 0.99, TypeCard: 0.99, TypeEmail: 0.99, TypeINN: 0.99, TypeIP: 0.99, TypeOGRN: 0.99,
	TypePassport: 0.99, TypePhone: 0.99, TypeSNILS: 0.99, TypeAddress: 0.99, TypePerson: 0.96,
}

// heldout45MaxLeak: target 0.005; 1.573% untuned, 0.991% tuned.
const heldout45MaxLeak = 0.01

func TestHeldout45(t *testing.T) {
	corpusCheck{file: "testdata/heldout45.jsonl", name: "forty-fifth held-out corpus", minMessages: 250,
		floors: heldout45Floor, everyType: true, maxLeak: heldout45MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
