package pii

import "testing"

// testdata/heldout621.jsonl is the six-hundred-and-twenty-first held-out
// file: 280 messages (140 Russian, 140 English; 62 without personal data;
// 520 gold spans: PERSON 274, ADDRESS 69, PHONE 57, EMAIL 35, IP 17,
// PASSPORT 17, INN 16, BANK_ACCOUNT 12, CARD 11, OGRN 6, SNILS 6), written
// by hand by someone who saw neither the engine nor any other labelled file,
// while the engine was tuned on files up to heldout620. It is the CRM of a
// private home nursing and IV drip service in Novosibirsk, Tomsk and
// Barnaul: nurse visits, doctors' prescriptions, drips at home, payments,
// patients' relatives, complaints. Chats with relatives, nurses' chats,
// lower-case call transcripts, e-mails with quotes, web booking forms, CSV
// visit lists with repeated rows, pipe tables, webhooks and logs, OCR'd
// contracts and consents, SMS. Nurses by first name, doctors by surname and
// initials, relatives by name and patronymic and by diminutives, names in
// their cases, in lower case and in capitals with slashes, a sole trader,
// addresses with entrances, floors and intercom codes, a patient who shares
// a street's surname, phones, a passport and addresses said in words.
// Negatives: drugs named like people, famous doctors and writers, streets
// named after people without a house, metro stations and business centres,
// masked cards, codes, numbers with wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.212 (engine
// 1.207.0, commit 356f958): every F1 target met (PERSON 0.980, ADDRESS
// 0.993, the other types 1.0); 0.656% of PII characters leaked (59 of 8989:
// PERSON 29, ADDRESS 30), against the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.213
// (engine 1.208.0), with those of the other files from heldout621 to
// heldout628: a street said in Latin letters with its house and a hostel's
// room ("sovetskaya eighteen, room four"). Left: drugs and streets named
// after people without a house, a surname alone in lower case, and a name in
// a CSV row written surname first. Tuned: PERSON 0.980; 0.323% leaked (29 of
// 8989).

// heldout621Floor holds the tuned figures: the targets, all met.
var heldout621Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.97, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout621MaxLeak: target 0.005, missed untuned (0.656%), met tuned (0.323%).
const heldout621MaxLeak = 0.005

func TestHeldout621(t *testing.T) {
	corpusCheck{file: "testdata/heldout621.jsonl", name: "six-hundred-and-twenty-first held-out corpus", minMessages: 250,
		floors: heldout621Floor, everyType: true, maxLeak: heldout621MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
