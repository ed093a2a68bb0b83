package pii

import "testing"

// testdata/heldout219.jsonl is the two-hundred-and-nineteenth held-out
// file: 280 messages (140 Russian, 140 English; 58 without personal data;
// 531 gold spans: PERSON 337, PHONE 41, PASSPORT 37, EMAIL 30, ADDRESS 26,
// BANK_ACCOUNT 14, IP 13, CARD 11, INN 10, OGRN 7, SNILS 5), written by
// hand by someone who saw neither the engine nor any other labelled file,
// while the engine was tuned on heldout214 and heldout215.
// It is the CRM of a crewing and port agency in St Petersburg,
// Novorossiysk, Vladivostok and Murmansk: crew changes, visas, flights and
// hotels for crews, medical certificates, wages, owners and agents, port
// calls, relatives asking about crew, complaints, deletion requests.
// Chats, SMS, lower-case call transcripts over a satellite phone, a name
// spelled letter by letter, e-mails with headers, quotes, forwards and
// signatures, web forms; CSV, pipe and semicolon crew lists with rank,
// nationality, passport and date of birth, payroll sheets, airline
// manifests, OCR'd Russian and Philippine passports with an MRZ line;
// payroll, auth, booking and portal logs. Filipino, Indian, Polish, Nordic
// and Chinese names, ranks and titles outside the name; names that are
// also words used both ways; ships named after people (Капитан Хлебников,
// Лев Толстой, Anna Maria, Nordic Hope) are no people. Negatives: ticket,
// booking, invoice, contract, claim and tracking numbers, IMO numbers,
// call signs, seaman's books, ОМС, a VIN, plates, an SMS code, masked
// cards, wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.132 (engine
// 1.129.0, commit cb1253c): PERSON 0.914 (Filipino names, surnames alone
// in crew lists, ships read as people), PASSPORT 0.914 (Philippine and
// Indian passports in a manifest), IP 0.917, ADDRESS 0.917 (Philippine and
// Indian addresses) and BANK_ACCOUNT 0.963 missed their targets; the other
// types (1.0) met theirs; 8.331% of PII characters leaked (639 of 7670:
// PERSON 314, ADDRESS 235, PASSPORT 44, IP 26, BANK_ACCOUNT 20), against
// the target of 0.5%.

// heldout219Floor holds the untuned figures: the targets where met, the measured level where not.
var heldout219Floor = map[string]float64{
	TypeBankAccount: 0.96, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.91, TypeOGRN: 0.97,
	TypePassport: 0.91, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.91, TypePerson: 0.91,
}

// heldout219MaxLeak: target 0.005, missed (8.331%).
const heldout219MaxLeak = 0.084

func TestHeldout219(t *testing.T) {
	corpusCheck{file: "testdata/heldout219.jsonl", name: "two-hundred-and-nineteenth held-out corpus", minMessages: 250,
		floors: heldout219Floor, everyType: true, maxLeak: heldout219MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
