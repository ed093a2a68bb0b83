package pii

import "testing"

// testdata/heldout39.jsonl is the thirty-ninth held-out file: 260 messages
// (130 Russian, 130 English; 50 without personal data; 567 gold spans:
// PERSON 316, PHONE 51, ADDRESS 43, EMAIL 36, INN 27, PASSPORT 20, CARD 16,
// IP 16, BANK_ACCOUNT 15, SNILS 14, OGRN 13), written by hand by someone
// who saw neither the engine nor any other labelled file, while the engine
// was tuned on heldout36 and heldout37. It is the CRM of a translation and
// interpreting agency: notarised translations of passports, diplomas and
// birth certificates, interpreters for courts, hospitals and meetings,
// freelance translators and their payouts, corporate clients, rush orders,
// complaints about misspelt names (each quoted variant labelled:
// Iuliia/Yuliya, Zaitsev/Zaytsev, LIUBOV/LYUBOV). Chats, letters and quotes,
// e-mails with signatures and quoted history, lower-case transcripts,
// notices, requisites, payout lists, vendor profiles. Names in every case,
// diminutives (Санёк, Ксюша), lower case, initials before the surname,
// families, Arabic, Turkish, Kazakh, Vietnamese and Korean names; titles
// and a building's name before the street outside. Internal passports
// ("серия … номер …"), foreign and Latin-letter ones; phones from Russia
// (8-800 too), the UK, the EU, Turkey and Georgia; Russian and foreign
// addresses, legal addresses; IPv4 and IPv6 (an office router and a server
// too). Negatives: Вера в…, Слава богу, Лада Веста, Will you, mark my
// words, Victoria the city, Grace Hospital, firm and bank names; order,
// ticket, invoice, contract, case and claim numbers, tracking numbers,
// amounts, dates, a VIN, a plate, ОМС, КПП, ОКПО, masked cards, versions
// shaped like IPs, and identifiers with a wrong check digit.
//
// The engine was judged on it once, untuned, with rules-2025.24 (engine
// 1.22.0, commit 1d9a3e5): BANK_ACCOUNT, CARD, EMAIL, INN, IP, OGRN,
// PASSPORT, PHONE and SNILS 1.0, ADDRESS 0.940 and PERSON 0.939 (every
// target met); 2.524% of PII characters leaked (217 of 8598: PERSON 157,
// ADDRESS 60), against the target of 0.5%.

// It is no longer held out: after that run its misses (with heldout38's)
// drove rules-2025.25 (engine 1.23.0). With rules-2025.25: ADDRESS 0.976,
// PERSON 0.948, every other type 1.0; leak 2.256% (PERSON 141: the
// misspelt variants a complaint quotes alone, «ЛЮБОВЬ» как «LIUBOV», short
// Chinese names in a chat; ADDRESS 53).

// heldout39Floor guards the tuned level.
var heldout39Floor = map[string]float64{
	TypeBankAccount: 0.99, TypeCard: 0.99, TypeEmail: 0.99, TypeINN: 0.99, TypeIP: 0.99, TypeOGRN: 0.99,
	TypePassport: 0.99, TypePhone: 0.99, TypeSNILS: 0.99, TypeAddress: 0.97, TypePerson: 0.94,
}

// heldout39MaxLeak: target 0.005; 2.524% untuned, 2.256% tuned.
const heldout39MaxLeak = 0.023

func TestHeldout39(t *testing.T) {
	corpusCheck{file: "testdata/heldout39.jsonl", name: "thirty-ninth held-out corpus", minMessages: 250,
		floors: heldout39Floor, everyType: true, maxLeak: heldout39MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
