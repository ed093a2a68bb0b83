package pii

import "testing"

// testdata/heldout492.jsonl is the four-hundred-and-ninety-second held-out
// file: 280 messages (140 Russian, 140 English; 62 without personal data;
// 538 gold spans: PERSON 275, ADDRESS 71, PHONE 57, EMAIL 39, CARD 17, IP
// 17, BANK_ACCOUNT 16, INN 16, PASSPORT 16, OGRN 7, SNILS 7), written by
// hand by someone who saw neither the engine nor any other labelled file,
// while the engine was tuned on files up to heldout488. It is the CRM of a
// crowdfunding and donations platform for animal shelters and small
// charities in Moscow, St Petersburg and Minsk: campaigns, donors, recurring
// donations by card, refunds, receipts for tax deductions, volunteers,
// shelter curators, reports, complaints. E-mails with donors and curators
// with quotes, chats with volunteers, lower-case call transcripts, web
// forms, CSV donor lists, pipe tables of payouts to shelters, payment
// webhooks and logs, OCR'd agreements with curators, SMS. Animals and
// campaigns named like people (negative), anonymous donors, donors by
// nickname, Minsk addresses, masked cards beside full ones, names in the
// genitive and the dative. Negatives: version numbers, codes, numbers with
// wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.195 (engine
// 1.190.0, commit ff0dd04): CARD 0.9697, PASSPORT 0.968 missed their targets
// (a full card alone in a log, an Italian ID card of letters and digits);
// PERSON 0.924, PHONE 0.982, ADDRESS 0.986, IP 0.971 and the other types
// (1.0) met theirs; 3.806% of PII characters leaked (361 of 9484: PERSON
// 142, PHONE 64, CARD 16, PASSPORT 9, ADDRESS 130), against the target of
// 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.196
// (engine 1.191.0), with those of the other files from heldout489 to
// heldout508: a card after pan= in a payment log, a Belarusian mobile
// unspaced after its word, an SDK's version, a pet "the dog", "Маска" alone
// and a size's letter before "Delivery". Left: donors' nicknames and
// handles, pets and campaigns named like people, an Italian ID card, and
// spoken phones and addresses. Tuned: CARD 1.0 (now met), PERSON 0.932,
// PHONE 0.991, PASSPORT 0.968, ADDRESS 0.986; 3.522% leaked (334 of 9484).

// heldout492Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout492Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.967, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout492MaxLeak: target 0.005, missed untuned (3.806%), missed tuned (3.522%).
const heldout492MaxLeak = 0.036

func TestHeldout492(t *testing.T) {
	corpusCheck{file: "testdata/heldout492.jsonl", name: "four-hundred-and-ninety-second held-out corpus", minMessages: 250,
		floors: heldout492Floor, everyType: true, maxLeak: heldout492MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
