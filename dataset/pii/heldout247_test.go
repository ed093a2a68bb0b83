package pii

import "testing"

// testdata/heldout247.jsonl is the two-hundred-and-forty-seventh
// held-out file: 280 messages (140 Russian, 140 English; 62 without
// personal data; 488 gold spans: PERSON 318, PHONE 43, ADDRESS 31, EMAIL
// 28, IP 16, INN 12, PASSPORT 11, BANK_ACCOUNT 10, CARD 9, SNILS 5, OGRN
// 5), written by hand by someone who saw neither the engine nor any other
// labelled file, while the engine was tuned on heldout240 to heldout243.
// It is the CRM of a photo studio and print service in Moscow, Kazan,
// Novosibirsk and Almaty: family, wedding and passport photo sessions,
// print deliveries, photo books, gift certificates, corporate headshots,
// models' releases, photographers' contracts, complaints, deletion and
// consent-withdrawal requests. Chats, SMS, lower-case call transcripts,
// e-mails with headers, quotes, forwards and signatures, web forms, pipe
// and CSV schedules, client exports, bank statements, payment, login and
// API logs, OCR'd passports and releases. Names on photo-book covers, in
// gallery and file names and on certificates, families named together
// (Гариповых, the Whitakers), Kazakh names, every case form, initials,
// diminutives, names that are also words used both ways; famous
// photographers and Rembrandt lighting are no people. Negatives: order,
// booking, invoice, ticket, contract, tracking and RRN numbers, SMS codes,
// ОМС, a VIN, plates, КПП, БИК, ОКПО, masked cards, versions shaped like
// IPs, wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.140 (engine
// 1.135.0, commit bad88d7): EMAIL 0.949 missed its target (the studio's
// own mailboxes, left unlabelled, were reported); ADDRESS 0.952, PERSON
// 0.960 (famous photographers read as people, names in file names and on
// covers missed), PHONE 0.989 (the studio's hotline) and the other types
// (1.0) met theirs; 1.880% of PII characters leaked (127 of 6757: PERSON
// 93, ADDRESS 34), against the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.141
// (engine 1.136.0), with those of the other files from heldout244 to
// heldout251: names in file names ("Sarah_and_Tom_001.jpg"), painters and
// photographers with or without a first name. Tuned: PERSON 0.979, EMAIL,
// ADDRESS and PHONE as untuned; 1.184% leaked (80 of 6757).

// heldout247Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout247Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.94, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.97, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout247MaxLeak: target 0.005, missed untuned (1.880%) and tuned (1.184%).
const heldout247MaxLeak = 0.012

func TestHeldout247(t *testing.T) {
	corpusCheck{file: "testdata/heldout247.jsonl", name: "two-hundred-and-forty-seventh held-out corpus", minMessages: 250,
		floors: heldout247Floor, everyType: true, maxLeak: heldout247MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
