package pii

import "testing"

// testdata/heldout93.jsonl is the ninety-third held-out file: 285 messages
// (149 Russian, 136 English; 63 without personal data; 663 gold spans:
// PERSON 375, PHONE 74, ADDRESS 45, PASSPORT 43, EMAIL 30, INN 24, IP 22,
// BANK_ACCOUNT 15, CARD 14, OGRN 11, SNILS 10), written by hand by someone
// who saw neither the engine nor any other labelled file, while the engine
// was tuned on heldout90 and heldout91. It is the CRM of a crewing agency
// placing Russian, Ukrainian-born, Indian, Filipino, Georgian, Latvian and
// Turkish seafarers with foreign shipowners: CVs, crew lists, visa letters,
// contracts and wages, allotments to families' cards and accounts, medical
// certificates, crew changes through Rotterdam, Singapore, Istanbul,
// Piraeus, Novorossiysk, Vladivostok, Saint Petersburg and Limassol. Chats,
// e-mails with headers, quoted replies, forwards and signatures, lower-case
// transcripts, telegram capitals (ТЛГ … ТЧК), pipe and column tables,
// crew-portal logs, an SMTP Received header. Names in every case,
// diminutives (Олежка, витёк, колька), SURNAME FIRSTNAME and SURNAME/FIRST
// MR in capitals, Filipino "Ma." names, Indian, Georgian, Latvian, Turkish
// (Bey, Hanım) and Chinese-order names; ranks outside (Capt., Master, 2/O,
// C/E, боцман, капитан). Ships named after people («Капитан Хлебников»,
// «Любови Орловой», "Captain Ivanov"), companies, ports (Santos, Victoria).
// Phones including Inmarsat +870 and Iridium +881; addresses in Russian,
// transliterated and ten foreign layouts. Negatives: seaman's book, SIRB,
// CDC, CoC and STCW numbers, IMO, MMSI, call signs, flights, PNRs,
// e-tickets, AWBs, contracts, coordinates, КПП, БИК, ОКПО, correspondent
// accounts, SWIFT, IBANs, masked cards, versions, numbers with a wrong
// check digit.
//
// The engine was judged on it once, untuned, with rules-2025.55 (engine
// 1.53.0, commit f102496): BANK_ACCOUNT, CARD, INN, IP, OGRN and SNILS 1.0,
// PHONE 0.993, EMAIL 0.984 (a crewing desk's address the writer left
// unlabelled) (targets met); PASSPORT 0.889 (seven missed, in a crew list's
// columns), ADDRESS 0.894 (seven missed) and PERSON 0.893 (55 false alarms:
// ships named after people, "Nikolay Zuev", "Kapitan Danilkin", «Василий
// Шукшин», and the "Ma." of Filipino names; 28 missed) miss their
// targets; 5.677% of PII characters leaked (605 of 10657: ADDRESS 264,
// PERSON 255, PASSPORT 72, PHONE 14), against the target of 0.5%. It has
// not been tuned on: these are held-out figures.
//
// It is no longer held out: after that run its misses (with heldout92's)
// drove rules-2025.56 (engine 1.54.0), which reads a ship's name after m/v,
// m/t or т/х as no person's and drops its other mentions, and the columns
// of a table aligned with spaces. With rules-2025.56: PERSON 0.914 (false
// alarms: ships named with no prefix near, "Captains Shevchuk"; misses:
// names in telegram capitals), PASSPORT 0.929 (letter-and-digit numbers in
// a crew list), ADDRESS 0.894 (Singapore, Cyprus, India and the
// Philippines), the other types as before; leak 5.396% (575 of 10657:
// ADDRESS 264, PERSON 255, PASSPORT 42, PHONE 14).

// heldout93Floor guards the tuned level.
var heldout93Floor = map[string]float64{
	TypeBankAccount: 0.99, TypeCard: 0.99, TypeEmail: 0.98, TypeINN: 0.99, TypeIP: 0.99, TypeOGRN: 0.99,
	TypePassport: 0.92, TypePhone: 0.99, TypeSNILS: 0.99, TypeAddress: 0.89, TypePerson: 0.91,
}

// heldout93MaxLeak: target 0.005; 5.677% untuned, 5.396% tuned.
const heldout93MaxLeak = 0.055

func TestHeldout93(t *testing.T) {
	corpusCheck{file: "testdata/heldout93.jsonl", name: "ninety-third held-out corpus", minMessages: 250,
		floors: heldout93Floor, everyType: true, maxLeak: heldout93MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
