package pii

import "testing"

// testdata/heldout796.jsonl is the seven-hundred-and-ninety-sixth held-out
// file: 280 messages (140 Russian, 140 English; 64 without personal data;
// 520 gold spans: PERSON 273, ADDRESS 70, PHONE 57, EMAIL 39, IP 17,
// PASSPORT 17, INN 13, BANK_ACCOUNT 11, CARD 11, OGRN 6, SNILS 6), written
// by hand by someone who saw neither the engine nor any other labelled file,
// while the engine was tuned on files up to heldout788. It is the CRM of a
// sled dog and husky tourism centre in Karelia and the Murmansk region:
// tours, kennel visits, guides, guests, transfers from stations. Chats with
// guests, lower-case call transcripts, e-mails with quotes, booking forms,
// CSV of guests, pipe tables, webhooks and logs with IPs, OCR'd passports,
// SMS. Guides by nickname ("Шаман", "Бородач", "Йети", Yeti), guests in all
// their cases and families in the plural, names in capitals and on a
// passport's lines, Finnish and Karelian addresses and station pickups,
// foreign passports, phones and addresses said in words. Negatives: dogs
// named like people (Маша, Бруно, Степан, Luna, Max), famous explorers and
// writers (Amundsen, Jack London), an actor, numbers with wrong check
// digits.
//
// The engine was judged on it once, untuned, with rules-2025.235 (engine
// 1.230.0, commit c240dde): PERSON 0.913, PASSPORT 0.9697 missed their
// targets (dogs named like people taken for guests and guides' nicknames
// missed; a foreign passport's series and number after "загран … номер");
// PHONE 0.991, ADDRESS 0.978 and the other types (1.0) met theirs; 4.175% of
// PII characters leaked (378 of 9055: PERSON 114, PHONE 50, PASSPORT 22,
// ADDRESS 192), against the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.236
// (engine 1.231.0), with those of the other files from heldout789 to
// heldout796: a guide's nickname before "(он же …)" and its owner's surname
// in brackets ("Лис (Лисовский)"), and the nickname again later. Left: sled
// dogs named like people, guides known only by nickname, Finnish and
// Norwegian addresses in words, and a foreign passport's number after
// "загран". Tuned: PERSON 0.924 (now met), PHONE 0.991, PASSPORT 0.9697,
// ADDRESS 0.978; 3.832% leaked (347 of 9055).

// heldout796Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout796Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.969, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout796MaxLeak: target 0.005, missed untuned (4.175%), missed tuned (3.832%).
const heldout796MaxLeak = 0.039

func TestHeldout796(t *testing.T) {
	corpusCheck{file: "testdata/heldout796.jsonl", name: "seven-hundred-and-ninety-sixth held-out corpus", minMessages: 250,
		floors: heldout796Floor, everyType: true, maxLeak: heldout796MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
