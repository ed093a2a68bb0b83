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
// 527, PERSON 276), against the target of 0.5%. It has not been tuned on:
// these are held-out figures.

// heldout98Floor holds the untuned figures: the target where it
// was met, the measured value where it was not.
var heldout98Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.97, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.86, TypePerson: 0.87,
}

// heldout98MaxLeak: target 0.005, missed (6.417%).
const heldout98MaxLeak = 0.065

func TestHeldout98(t *testing.T) {
	corpusCheck{file: "testdata/heldout98.jsonl", name: "ninety-eighth held-out corpus", minMessages: 250,
		floors: heldout98Floor, everyType: true, maxLeak: heldout98MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
