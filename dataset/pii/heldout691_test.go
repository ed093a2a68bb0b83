package pii

import "testing"

// testdata/heldout691.jsonl is the six-hundred-and-ninety-first held-out
// file: 280 messages (140 Russian, 140 English; 63 without personal data;
// 515 gold spans: PERSON 274, ADDRESS 64, PHONE 56, EMAIL 37, PASSPORT 18,
// INN 16, IP 16, BANK_ACCOUNT 11, CARD 9, OGRN 8, SNILS 6), written by hand
// by someone who saw neither the engine nor any other labelled file, while
// the engine was tuned on files up to heldout684. It is the CRM of a
// commercial laundry and dry cleaning service for hotels and restaurants in
// Kazan and Naberezhnye Chelny: contracts, pick-ups, lost items, invoices,
// damaged linen claims. Chats, lower-case call transcripts, e-mails, pick-up
// forms, CSV routes with contacts, pipe tables, webhooks and logs, OCR'd
// contracts, SMS. Tatar names with Tatar letters, contact persons by first
// name, couriers by nickname, names in the dative and in capitals, addresses
// with building, entrance and flat, passports with "№", "номер" or "No."
// between series and number, phones and addresses said in words. Negatives:
// hotels, restaurants, cafés and metro stations named after people ("Отель
// Шаляпин", "Ресторан Тукай"), famous people, versions, masked cards,
// numbers with wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.220 (engine
// 1.215.0, commit cf983db): PASSPORT 0.941 missed its target (a German
// passport said in lower case, and a passport's series and number after "ID"
// in a release log); PERSON 0.943, ADDRESS 0.984 and the other types (1.0)
// met theirs; 2.896% of PII characters leaked (235 of 8114: PERSON 148,
// PASSPORT 20, ADDRESS 67), against the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.221
// (engine 1.216.0), with those of the other files from heldout685 to
// heldout692: none of its own misses; the rules from the other files changed
// none of its figures. Left: couriers' nicknames, a German passport said in
// lower case, a lower-case street said in English words, and restaurants'
// words taken for names. Tuned: PERSON 0.943, PASSPORT 0.941, ADDRESS 0.984;
// 2.896% leaked (235 of 8114).

// heldout691Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout691Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.941, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout691MaxLeak: target 0.005, missed untuned (2.896%), missed tuned (2.896%).
const heldout691MaxLeak = 0.029

func TestHeldout691(t *testing.T) {
	corpusCheck{file: "testdata/heldout691.jsonl", name: "six-hundred-and-ninety-first held-out corpus", minMessages: 250,
		floors: heldout691Floor, everyType: true, maxLeak: heldout691MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
