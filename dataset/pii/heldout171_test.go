package pii

import "testing"

// testdata/heldout171.jsonl is the hundred-and-seventy-first held-out file:
// 276 messages (138 Russian, 138 English; 60 without personal data; 598
// gold spans: PERSON 311, PHONE 66, ADDRESS 65, EMAIL 49, PASSPORT 46, IP
// 15, INN 13, CARD 11, BANK_ACCOUNT 10, OGRN 8, SNILS 4), written by hand
// by someone who saw neither the engine nor any other labelled file, while
// the engine was tuned on heldout168 and heldout169. It is the CRM of a
// relocation agency moving families from Russia to Serbia, Georgia,
// Armenia, Turkey, Kazakhstan and Germany: residence permits, apostilles,
// translations, bank accounts abroad, rental contracts, schools and
// kindergartens, pet transport, car export, consultations, refunds,
// complaints, deletion requests, corporate relocation of IT teams with
// requisites and staff lists. Chats, SMS, Telegram, lower-case call
// transcripts (an address said in words), e-mails with headers, quotes,
// forwards and signatures, forms, CSV, semicolon and pipe tables of
// families with passports, OCR'd passports with their machine-readable
// line, apostilles and Serbian, Turkish and Georgian rental contracts,
// portal and CRM logs. Addresses in Belgrade and Novi Sad (Serbian
// Cyrillic and Latin), Tbilisi, Yerevan, Istanbul, Almaty and Berlin;
// Serbian, Georgian, Armenian, Turkish, German and Kazakh names, every
// case form, children; streets named after people, a film, a breed, an EU
// Blue Card and names that are also words unlabelled. Negatives: case,
// invoice, contract, appointment and ticket numbers, residence-permit and
// JMBG-like numbers, a Kazakh ИИН, a Turkish kimlik, a Georgian IBAN, a
// Serbian account, VINs, plates, tracking and microchip numbers, ОМС, КПП,
// БИК, ОКПО, correspondent accounts, masked cards, IP-shaped versions,
// wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.103 (engine
// 1.101.0, commit 2698a13): ADDRESS 0.917 (Serbian addresses with no
// street keyword, "Нушићева 12, Београд", "Булевар ослобођења 46") and
// PASSPORT 0.905 (passports in pipe rows of people with no word for them)
// missed their targets, PERSON 0.949 (Serbian surnames in Cyrillic,
// "Николић") and the other types (1.0) met theirs; 5.120% of PII
// characters leaked (494 of 9648: ADDRESS 272, PERSON 136, PASSPORT 86),
// against the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.104
// (engine 1.102.0), with those of heldout170: Serbian surnames in -ић, a
// Balkan street's name, its house and its city with no keyword, "Булевар",
// "Bulevar", "штрассе", "улици", a загранпаспорт in a pipe row of people.
// With rules-2025.104: ADDRESS 0.960, PASSPORT 0.989, PERSON 0.961, the
// others 1.0; leak 2.902% (280 of 9648: ADDRESS 166, PERSON 98, PASSPORT
// 16).

// heldout171Floor guards the tuned level.
var heldout171Floor = map[string]float64{
	TypeBankAccount: 0.99, TypeCard: 0.99, TypeEmail: 0.99, TypeINN: 0.99, TypeIP: 0.99, TypeOGRN: 0.99,
	TypePassport: 0.98, TypePhone: 0.99, TypeSNILS: 0.99, TypeAddress: 0.96, TypePerson: 0.96,
}

// heldout171MaxLeak: target 0.005; 5.120% untuned, 2.902% tuned.
const heldout171MaxLeak = 0.030

func TestHeldout171(t *testing.T) {
	corpusCheck{file: "testdata/heldout171.jsonl", name: "hundred-and-seventy-first held-out corpus", minMessages: 250,
		floors: heldout171Floor, everyType: true, maxLeak: heldout171MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
