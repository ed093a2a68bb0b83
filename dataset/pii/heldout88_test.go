package pii

import "testing"

// testdata/heldout88.jsonl is the eighty-eighth held-out file: 281
// messages (143 Russian, 138 English; 58 without personal data; 827 gold
// spans: PERSON 424, ADDRESS 115, PHONE 86, EMAIL 48, PASSPORT 36, INN 30,
// IP 29, BANK_ACCOUNT 20, CARD 17, OGRN 13, SNILS 9), written by hand by
// someone who saw neither the engine nor any other labelled file, while the
// engine was tuned on heldout86 and heldout87. It is the CRM of a
// short-term rental and property-care platform in Moscow, St Petersburg,
// Sochi, Kazan, Kaliningrad, Tbilisi, Batumi, Antalya and Dubai: check-in
// instructions, foreign guests' registration with passport data, cleaners'
// and handymen's tasks, damage deposits, neighbours' complaints, payouts to
// hosts (self-employed, ИП, ООО), refunds, reviews. Host–guest chats,
// lower-case call and voicemail transcripts, e-mails with headers, quoted
// replies, forwards and signatures, tables, WhatsApp exports, nginx and
// payment logs, fraud and KYC reviews. Names in every case, vocatives (Дим,
// Оль, Тань), capitals, SURNAME/NAME MR, Georgian, Turkish, Arab, Indian,
// Chinese, Japanese, German, French, Irish and American names, titles and
// kin words outside (Sheikh, тётя, апа), names that are words (Вера, Роза,
// Лилия, Hope, Will, Mark, Lily, Rose, Grace, Dawn, June, April, Bill, Jack,
// Faith, Summer, Sunny) both ways. Addresses on streets named after people
// (Пушкина, Rustaveli, Sheikh Zayed Road), with индекс, корпус, подъезд,
// этаж, ЖК, СНТ, villages, in Latin letters, Georgian, Turkish, UAE, US, UK,
// German, French, Chinese and Indian ones, one in reverse order ("кв. 112 в
// доме 8 по ул. …"), spoken ones. Negatives: booking, ticket, invoice,
// contract, payout, RRN and transaction ids, listing ids, intercom, key-box
// and gate codes, Wi-Fi passwords, amounts, КПП, БИК, correspondent
// accounts, a cadastral and a VAT number, masked cards, versions shaped
// like IPs, numbers with a wrong check digit; Роза Хутор, the city of
// Королёв, Victoria BC, Лада Веста, hotel «Виктория».
//
// The engine was judged on it once, untuned, with rules-2025.53 (engine
// 1.51.0, commit 103221e): BANK_ACCOUNT, CARD, EMAIL, INN, OGRN and SNILS
// 1.0, PHONE 0.994, PASSPORT 0.986, IP 0.983, PERSON 0.935 (targets met);
// ADDRESS 0.912 misses its target (16 missed, 3 false alarms: addresses
// abroad and in speech); 5.982% of PII characters leaked (837 of 13993:
// ADDRESS 585, PERSON 231, PHONE 14, PASSPORT 7), against the target of
// 0.5%.
//
// It is no longer held out: after that run its misses (with heldout89's)
// drove rules-2025.54 (engine 1.52.0). With rules-2025.54: ADDRESS 0.955
// (misses: UAE addresses with no street, "Villa 22, Frond K, Palm
// Jumeirah"; Turkish numbered streets, "Güzeloba Mah. 2215. Sk."; streets
// without their keyword, "Лиговский 50"; spoken ones), PERSON 0.950
// (misses: vocatives and
// diminutives in lower case, дим, оль, ленок, foreign names in Cyrillic,
// Кайл Бреннан, Жан-Батист; false alarms: Marina and Lara as places), the
// other types as before; leak 4.617% (646 of 13993: ADDRESS 435, PERSON
// 190, PHONE 14, PASSPORT 7).

// heldout88Floor guards the tuned level.
var heldout88Floor = map[string]float64{
	TypeBankAccount: 0.99, TypeCard: 0.99, TypeEmail: 0.99, TypeINN: 0.99, TypeIP: 0.97, TypeOGRN: 0.99,
	TypePassport: 0.98, TypePhone: 0.99, TypeSNILS: 0.99, TypeAddress: 0.95, TypePerson: 0.94,
}

// heldout88MaxLeak: target 0.005; 5.982% untuned, 4.617% tuned.
const heldout88MaxLeak = 0.047

func TestHeldout88(t *testing.T) {
	corpusCheck{file: "testdata/heldout88.jsonl", name: "eighty-eighth held-out corpus", minMessages: 250,
		floors: heldout88Floor, everyType: true, maxLeak: heldout88MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
