package pii

import "testing"

// testdata/heldout47.jsonl is the forty-seventh held-out file: 260 messages
// (130 Russian, 130 English; 56 without personal data; 622 gold spans:
// PERSON 392, PHONE 50, ADDRESS 35, EMAIL 27, INN 25, PASSPORT 22,
// BANK_ACCOUNT 16, CARD 16, IP 14, SNILS 13, OGRN 12), written by hand by
// someone who saw neither the engine nor any other labelled file, while the
// engine was tuned on heldout44 and heldout45. It is the CRM of a private
// kindergarten network and a nanny agency in Moscow, with Russian families
// and English-speaking expat families: enrolment forms, pick-up
// authorisations, nanny background checks, contracts, schedules and
// substitutions, fees and family discounts, refunds, medical notes,
// complaints, HR and payroll exports. Chats, lower-case messenger texts,
// transcripts with spoken phones and an address, letters, e-mails with
// signatures and quoted history, security notices, lists, requisites.
// Names in every case, diminutives (Тёма, машенька, Лёва), initials
// ("Кравец А.Н.", "L. Voronina"), plural family names (Захаровы, the
// Millers); titles outside. Russian, UK and US passports, Indian "Z
// 6128473", Chinese "EK 4471920"; phones from Russia, the UK, the US,
// Germany, the UAE, Israel, China and Sweden; IPv4 and IPv6. Negatives:
// Вера, Надежда, любовь, слава богу, Розы, Will, Bill, Grace, May, mark my
// words, Victoria (BC), Mary Poppins Service, Peppa Pig, Paddington,
// Montessori, a street named after a person; contract, invoice, order,
// ticket and claim numbers, tracking numbers, amounts, dates, SKUs, a VIN,
// a plate, ОМС, КПП, БИК, ОКПО, correspondent accounts, masked cards,
// versions shaped like IPs, birth-certificate, sick-leave and licence
// numbers, a gate code, and INN, SNILS and card numbers with a wrong check
// digit (a mistyped card next to its corrected one).
//
// The engine was judged on it once, untuned, with rules-2025.28 (engine
// 1.26.0, commit b71db1b): ADDRESS, BANK_ACCOUNT, CARD, EMAIL, IP, OGRN,
// PASSPORT and SNILS 1.0, INN 0.980 (one false alarm), PHONE 0.980 and
// PERSON 0.965: every F1 target met; 1.146% of PII characters leaked (105
// of 9159: PERSON 93, PASSPORT 12), against the target of 0.5%.

// It is no longer held out: after that run its misses (with heldout46's)
// drove rules-2025.29 (engine 1.27.0). With rules-2025.29: PERSON 0.969,
// INN and PHONE 0.980, every other type 1.0; leak 0.983% (PERSON 78:
// lower-case and one-word names without a cue, "ани", "вера" in a rota,
// "i'm james", "dr sorokin"; PASSPORT 12).

// heldout47Floor guards the tuned level.
var heldout47Floor = map[string]float64{
	TypeBankAccount: 0.99, TypeCard: 0.99, TypeEmail: 0.99, TypeIP: 0.99, TypeOGRN: 0.99, TypePassport: 0.99,
	TypeSNILS: 0.99, TypeAddress: 0.99, TypeINN: 0.97, TypePhone: 0.97, TypePerson: 0.96,
}

// heldout47MaxLeak: target 0.005; 1.146% untuned, 0.983% tuned.
const heldout47MaxLeak = 0.01

func TestHeldout47(t *testing.T) {
	corpusCheck{file: "testdata/heldout47.jsonl", name: "forty-seventh held-out corpus", minMessages: 250,
		floors: heldout47Floor, everyType: true, maxLeak: heldout47MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
