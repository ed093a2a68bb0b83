package pii

import "testing"

// testdata/heldout98.jsonl is the ninety-eighth held-out file: 276
// messages (138 Russian, 138 English; 61 without personal data; 737 gold
// spans: PERSON 405, PHONE 93, EMAIL 57, PASSPORT 53, ADDRESS 43, IP 28,
// INN 17, CARD 13, BANK_ACCOUNT 12, OGRN 9, SNILS 7), written by hand by
// someone who saw neither the engine nor any other labelled file, while the
// engine was tuned on heldout96 and heldout97. It is the CRM of a
// pilgrimage travel agency (Hajj and Umrah, Jerusalem, Mount Athos,
// Diveyevo) with clients from Tatarstan, Bashkortostan, Dagestan,
// Chechnya, Moscow, Kazakhstan, Uzbekistan and Tajikistan: group lists,
// visa applications, refusals and refunds, mahram and marriage documents,
// vaccinations, hotels and transfers, instalments, chargebacks,
// complaints, partners in Saudi Arabia, Turkey and the UAE. Chats,
// WhatsApp and Telegram exports, lower-case transcripts, e-mails with
// headers, quoted replies, forwards and signatures, contracts, powers of
// attorney, tables, CSV, GDS extracts, boarding passes, logs. Tatar,
// Bashkir, Dagestani, Chechen, Uzbek, Kazakh, Azerbaijani, Arab, Turkish
// and Malay names in every case, with оглы, кызы, угли, кизи, bin, binti,
// ibn and Al- inside; honorifics outside (хаджи, имам, шейх, хазрат, абый,
// апа, отец, батюшка, Sheikh, Hajji, Bey); the role "амир" beside people
// named Амир. Non-persons: Allah, the Prophet, Ibrahim and Ismail as
// prophets, saints, a monastery, a church, mosques, airports and streets
// named after people. Addresses in Russian, transliterated, Almaty,
// Tashkent, Istanbul, Dubai, Jerusalem, Manchester, Ouranoupoli, and hotels
// in Mecca and Medina in the Saudi national address style. Negatives:
// visa, booking, group, PNR, flight, ticket, contract, invoice, case and
// vaccination numbers, Hijri dates, КПП, БИК, ОКПО, correspondent accounts,
// masked cards, versions, numbers with a wrong check digit.
//
// The engine was judged on it once, untuned, with rules-2025.58 (engine
// 1.56.0, commit 630e1b9): BANK_ACCOUNT, CARD, EMAIL, INN, IP, OGRN,
// PASSPORT and SNILS 1.0, PHONE 0.995 (targets met); ADDRESS 0.868 (ten
// missed: Saudi hotel addresses) and PERSON 0.870 (87 false alarms: the
// role амир, prophets, mosques, hotels and places, Medina, Mecca) miss
// their targets; 6.417% of PII characters leaked (803 of 12514: ADDRESS
// 527, PERSON 276), against the target of 0.5%.
//
// It is no longer held out: after that run its misses (with heldout99's)
// drove rules-2025.59 (engine 1.57.0): the role амир, prophets, Mecca and
// Medina are no names; an article before a place ends a name ("Anwar Al
// Madinah" is a hotel); a street's name may hold four words and a name
// with Al ("8152 Ibrahim Al Khalil Rd"); Tour and Tourism end a firm's
// name. With rules-2025.59: ADDRESS 0.925 (misses: streets without a house
// number, Tashkent's квартал), PERSON 0.906 (53 false alarms: mosques,
// places, Arabic honorifics, partial names), the other types as before;
// leak 5.170% (647 of 12514: ADDRESS 367, PERSON 280). The false alarms
// it lost had covered a few addresses' words, so the leak first rose to
// 6.505% before the address rules brought it down. rules-2025.60 reads a
// booking's name elements glued to their numbers ("1.1AL-QAHTANI/FAHAD
// MR"): leak 4.835% (605 of 12514: ADDRESS 367, PERSON 238).

// heldout98Floor guards the tuned level.
var heldout98Floor = map[string]float64{
	TypeBankAccount: 0.99, TypeCard: 0.99, TypeEmail: 0.99, TypeINN: 0.99, TypeIP: 0.99, TypeOGRN: 0.99,
	TypePassport: 0.99, TypePhone: 0.99, TypeSNILS: 0.99, TypeAddress: 0.92, TypePerson: 0.90,
}

// heldout98MaxLeak: target 0.005; 6.417% untuned, 4.835% tuned.
const heldout98MaxLeak = 0.049

func TestHeldout98(t *testing.T) {
	corpusCheck{file: "testdata/heldout98.jsonl", name: "ninety-eighth held-out corpus", minMessages: 250,
		floors: heldout98Floor, everyType: true, maxLeak: heldout98MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
