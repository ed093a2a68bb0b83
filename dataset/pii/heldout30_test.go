package pii

import "testing"

// testdata/heldout30.jsonl is the thirtieth held-out file: 268 messages
// (134 Russian, 134 English; 58 without personal data; 557 gold spans:
// PERSON 327, PHONE 54, ADDRESS 32, EMAIL 31, INN 20, BANK_ACCOUNT 20,
// PASSPORT 16, SNILS 15, IP 15, CARD 14, OGRN 13), written by hand by
// someone who saw neither the engine nor any other labelled file, while the
// engine was tuned on heldout28 and heldout29. It is the CRM of a chain of
// fitness clubs and of a beauty salon and spa network, for Russian clients,
// expats and tourists: memberships, freezes, refunds and claims, personal
// trainers, bookings with masters, gift certificates, loyalty cards,
// complaints, staff schedules and payroll, rent of premises, contractors'
// requisites. Short chats with emoji, claims and letters, e-mails with
// headers, signatures and quoted history, lower-case call and voicemail
// transcripts (three phones spelt out), system notices and logs, requisites,
// lists and timesheets. Names in full, surname and initials in either order,
// every case, diminutives (Танечка, Лёша, Ксюша), lower case, Latin names in
// Russian text; titles outside. Phones from Russia (8-800 too), the UK,
// Germany, the US, the UAE, Portugal, Italy, Ireland, Brazil, India and
// Kazakhstan, with extension words beside them; passports in the "серия …
// номер …" variants, foreign and Latin-letter ones; Russian postal
// addresses (index, корп., кв., офис, пом.), Moscow addresses in English,
// one in London. Negatives: Вера в успех, Слава богу, Лада Веста, Will you,
// Mark my words, grace period, Victoria the city, brands and clubs; order,
// contract, ticket, invoice, transaction and SWIFT references, amounts,
// dates, SKUs, plates, КПП, БИК, ОКПО, correspondent accounts, receipt
// numbers, a cadastral number, loyalty and member card numbers, masked
// cards, versions shaped like IPs, and identifiers with a wrong check digit
// marked as typos.
//
// The engine was judged on it once, untuned, with rules-2025.20 (engine
// 1.18.0, commit dad14b9): every identifier type 1.0, PERSON 0.989 and
// ADDRESS 0.952 (every target met); 1.664% of PII characters leaked (140 of
// 8413: ADDRESS 94, PERSON 31, PHONE 15), against the target of 0.5%.

// It is no longer held out: after that run its misses (with heldout31's)
// drove rules-2025.21 (engine 1.19.0). With rules-2025.21: PERSON 0.994,
// every other type 1.0; leak 0.547% (PERSON 31: names without a cue and a
// sole surname after a slash; PHONE 15: "plus four four" before a UK mobile
// read out with a digit too many).

// heldout30Floor guards the tuned level.
var heldout30Floor = map[string]float64{
	TypeBankAccount: 0.99, TypeCard: 0.99, TypeEmail: 0.99, TypeINN: 0.99, TypeIP: 0.99, TypeOGRN: 0.99,
	TypePassport: 0.99, TypePhone: 0.99, TypeSNILS: 0.99, TypeAddress: 0.99, TypePerson: 0.98,
}

// heldout30MaxLeak: target 0.005; 1.664% untuned, 0.547% tuned.
const heldout30MaxLeak = 0.006

func TestHeldout30(t *testing.T) {
	corpusCheck{file: "testdata/heldout30.jsonl", name: "thirtieth held-out corpus", minMessages: 250,
		floors: heldout30Floor, everyType: true, maxLeak: heldout30MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
