package pii

import "testing"

// testdata/heldout189.jsonl is the hundred-and-eighty-ninth held-out file:
// 283 messages (145 Russian, 138 English; 60 without personal data; 678
// gold spans: PERSON 422, PHONE 65, ADDRESS 58, EMAIL 45, PASSPORT 42, IP
// 12, CARD 9, INN 9, BANK_ACCOUNT 9, SNILS 4, OGRN 3), written by hand by
// someone who saw neither the engine nor any other labelled file, while the
// engine was tuned on heldout184–187. It is the CRM of a student exchange,
// au-pair and work-and-travel agency sending students from Russia,
// Kazakhstan, Uzbekistan and Belarus to the USA, Germany, Austria, China
// and South Korea: applications and parents' consent, DS-2019/SEVIS,
// visas, flights, insurance, instalments, refunds, complaints, deletion
// requests; host families and coordinators in English and German with
// their US, German, Austrian, Korean and Chinese home addresses. Chats,
// SMS, lower-case transcripts, e-mails with headers, quotes, forwards and
// signatures, web forms, CSV and pipe tables, OCR'd passport pages, portal
// logs. Korean and Chinese names in either order, Kazakh and Uzbek names,
// every Russian case, lower-case names, "Surname, Given" and airline
// "SURNAME/GIVEN" forms, "Familie X" with only the surname labelled; names
// that are also words (Вера, Надежда, Любовь, Роман, Лев, Слава, Марк,
// Hope, Grace, Will, Mark, Joy, Faith, Dawn, Victoria). Negatives:
// application, SEVIS, DS-2019, appointment, invoice, policy, claim, PNR,
// ticket and tracking numbers, КПП, БИК, correspondent accounts, ОМС, a
// PIN, versions shaped like IPs, masked cards, universities and brands
// named after people, wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.115 (engine
// 1.113.0, commit 49cb8ae): PASSPORT 0.833 (загранпаспорта in a list of
// students after a dash and in a CSV whose addresses carry commas) missed
// its target; ADDRESS 0.955 (Korean, Uzbek and spoken Austrian addresses
// missed), PERSON 0.954 and the other types (1.0) met theirs; 5.111% of PII
// characters leaked (521 of 10193: ADDRESS 244, PERSON 152, PASSPORT 125),
// against the target of 0.5%.
//
// rules-2025.116 (engine 1.114.0) was then tuned on it and on heldout188:
// a загранпаспорт after a dash in a list of people, Korean addresses with
// their lanes and flats ("23, Yeonnam-ro 5-gil, Mapo-gu, Seoul 03983") and
// given names alone ("Ji-young", "Ha-eun"), Korean cities, an Uzbek street
// ("Registon ko'chasi 18"), "Familie" outside a name, German greetings,
// businesses named for someone ("Noah's Ark Waterpark"). PASSPORT 0.950
// (a CSV whose addresses carry commas still hides four), ADDRESS 0.991,
// PERSON 0.981; leak 2.139% (218 of 10193). These are tuned figures; the
// floors guard them.

// heldout189Floor guards the tuned level: the targets where met, the measured level where not.
var heldout189Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.95, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout189MaxLeak: target 0.005; 5.111% untuned, 2.139% tuned.
const heldout189MaxLeak = 0.022

func TestHeldout189(t *testing.T) {
	corpusCheck{file: "testdata/heldout189.jsonl", name: "hundred-and-eighty-ninth held-out corpus", minMessages: 250,
		floors: heldout189Floor, everyType: true, maxLeak: heldout189MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
