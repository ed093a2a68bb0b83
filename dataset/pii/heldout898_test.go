package pii

import "testing"

// testdata/heldout898.jsonl is the eight-hundred-and-ninety-eighth held-out
// file: 280 messages (140 Russian, 140 English; 62 without personal data;
// 508 gold spans: PERSON 276, ADDRESS 66, PHONE 56, EMAIL 33, IP 17, INN 13,
// PASSPORT 13, CARD 12, BANK_ACCOUNT 9, OGRN 7, SNILS 6), written by hand by
// someone who saw neither the engine nor any other labelled file, while the
// engine was tuned on files up to heldout892. It is the CRM of a fish farm
// and trout fishing park near Sortavala and Pitkyaranta: fishing tickets,
// cottage rentals, smoked fish orders, guides, boats. Booking chats,
// lower-case call transcripts, e-mails in English with Finnish guests, CSV
// booking lists, pipe tables of payments, contracts, logs with IPs, SMS.
// Finnish and Karelian names (Хилья, Сантту, Ийвана Ремшу, KORHONEN/AINO
// MARIA) in many cases, guides by nickname (Налим, Борода, Pike), Finnish
// phones and passports, farmsteads without streets. Negatives: cottages
// named after Kalevala heroes (Айно, Ильмаринен), fish, famous Finns,
// numbers with wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.249 (engine
// 1.244.0, commit 9e544c2): PERSON 0.893, INN 0.963, PASSPORT 0.870, IP
// 0.9697 missed their targets (Finnish and Karelian names and a cottage
// named Айно; a Finnish phone read out taken for an INN; Finnish passports
// ("FP6120854"); a public DNS address ("8.8.8.8")); PHONE 0.991, ADDRESS
// 0.992 and the other types (1.0) met theirs; 4.926% of PII characters
// leaked (415 of 8424: PERSON 294, PASSPORT 39, ADDRESS 75, IP 7), against
// the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.250
// (engine 1.245.0), with those of the other files from heldout893 to
// heldout900: Finnish and Karelian names (Хилья, Сантту, Вейкко, Лемпи) and
// Finnish surnames in "-нен" in every case (Тимонен, Хаккарайнен), an
// address after "ping", and a Finnish mobile read out after "my number is"
// no longer taken for an INN. Left: a cottage named after a Kalevala heroine
// (Айно), guides by nickname (Налим, Борода), and Finnish passports in a
// passenger list. Tuned: PERSON 0.914, PASSPORT 0.870, ADDRESS 0.992, INN
// 1.0 and IP 1.0 (now met); 3.526% leaked (297 of 8424).

// heldout898Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout898Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.869, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.914,
}

// heldout898MaxLeak: target 0.005, missed untuned (4.926%), missed tuned (3.526%).
const heldout898MaxLeak = 0.036

func TestHeldout898(t *testing.T) {
	corpusCheck{file: "testdata/heldout898.jsonl", name: "eight-hundred-and-ninety-eighth held-out corpus", minMessages: 250,
		floors: heldout898Floor, everyType: true, maxLeak: heldout898MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
