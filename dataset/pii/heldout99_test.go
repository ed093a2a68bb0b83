package pii

import "testing"

// testdata/heldout99.jsonl is the ninety-ninth held-out file: 283 messages
// (145 Russian, 138 English; 62 without personal data; 734 gold spans:
// PERSON 437, PASSPORT 67, PHONE 64, ADDRESS 56, EMAIL 37, INN 21,
// BANK_ACCOUNT 12, IP 12, CARD 11, OGRN 10, SNILS 7), written by hand by
// someone who saw neither the engine nor any other labelled file, while the
// engine was tuned on heldout96 and heldout97. It is the CRM of a
// business-aviation charter operator and FBO handling agent (Vnukovo-3,
// Pulkovo-3, Nice, Geneva, Dubai, Antalya, Almaty): charter requests and
// quotes, brokers' e-mails, passenger manifests, crew lists, catering with
// allergies, transfers, hotels and villas, invoices and payments, refunds,
// lost luggage, complaints, pets, HR cards, security logs. Chats with
// timestamps, letters with headers, forwards, quoted replies and
// signatures, telex capitals, tables, lower-case transcripts, booking and
// audit logs. Names in every case, surnames alone (VIP clients, "Mr.
// Harrington"), initials, diminutives, SURNAME/FIRSTNAME MR, families
// ("Волковых", "the Brunners"); English, French, Swiss, Arab, Turkish,
// Kazakh, Chinese and Japanese names; ranks and titles outside (Capt.,
// F/O, PIC, SIC, КВС, бортпроводник, Sheikh, HE, bey, Khanum). Pets with
// people's names, aircraft (Falcon 7X, Challenger 605, Sukhoi Superjet),
// firms with surnames, Nice, Victoria, Jordan. Addresses in Russian,
// transliterated, Swiss, French, Monaco, UAE, Turkish, Kazakh, British,
// Irish and US layouts. Negatives: registrations, call signs, flights,
// slots, permits, trips, quotes, PNRs, invoices, contracts, crew licences,
// fuel, dates of birth, КПП, БИК, ОКПО, correspondent accounts, foreign
// IBANs, VAT numbers, masked cards, versions, numbers with a wrong check
// digit.
//
// The engine was judged on it once, untuned, with rules-2025.58 (engine
// 1.56.0, commit 630e1b9): CARD, EMAIL, INN, IP, OGRN, PHONE and SNILS 1.0,
// ADDRESS 0.935, PERSON 0.945 (targets met); BANK_ACCOUNT 0.960 (a foreign
// IBAN's digits read as an account) and PASSPORT 0.793 (23 missed:
// letter-and-digit and 2+7 numbers in manifests) miss their targets;
// 6.953% of PII characters leaked (774 of 11132: PERSON 285, ADDRESS 273,
// PASSPORT 216), against the target of 0.5%.
//
// It is no longer held out: after that run its misses (with heldout98's)
// drove rules-2025.59 (engine 1.57.0): "PPT" before a passport, an IBAN's
// digits after its country code and check digits, "series 0312 No.
// 558120", a promenade before its name. With rules-2025.59: BANK_ACCOUNT
// 1.0, ADDRESS 0.954, PASSPORT 0.953 (misses: a passport after a name and
// a country code in a manifest, "– UAE – N4821736"), the other types as
// before; leak 4.833% (538 of 11132: PERSON 285, ADDRESS 202, PASSPORT 51).
// rules-2025.60 reads a list under a manifest's header as passports:
// PASSPORT 1.0, leak 4.375% (487 of 11132: PERSON 285, ADDRESS 202).

// heldout99Floor guards the tuned level.
var heldout99Floor = map[string]float64{
	TypeBankAccount: 0.99, TypeCard: 0.99, TypeEmail: 0.99, TypeINN: 0.99, TypeIP: 0.99, TypeOGRN: 0.99,
	TypePassport: 0.99, TypePhone: 0.99, TypeSNILS: 0.99, TypeAddress: 0.95, TypePerson: 0.94,
}

// heldout99MaxLeak: target 0.005; 6.953% untuned, 4.375% tuned.
const heldout99MaxLeak = 0.044

func TestHeldout99(t *testing.T) {
	corpusCheck{file: "testdata/heldout99.jsonl", name: "ninety-ninth held-out corpus", minMessages: 250,
		floors: heldout99Floor, everyType: true, maxLeak: heldout99MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
