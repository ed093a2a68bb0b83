package pii

import "testing"

// testdata/heldout418.jsonl is the four-hundred-and-eighteenth held-out
// file: 280 messages (140 Russian, 140 English; 62 without personal data;
// 535 gold spans: PERSON 277, ADDRESS 74, PHONE 58, EMAIL 38, IP 18,
// PASSPORT 16, BANK_ACCOUNT 14, CARD 14, INN 13, OGRN 7, SNILS 6), written
// by hand by someone who saw neither the engine nor any other labelled file,
// while the engine was tuned on files up to heldout415. It is the CRM of a
// housing management company in Yekaterinburg, Chelyabinsk and Perm:
// residents' requests about leaks, lifts and heating, meter readings, debts
// and payment plans, flats' personal accounts, owners' meetings and votes,
// contractors' visits, emergency dispatch calls, complaints about
// neighbours. Resident chats, lower-case dispatcher transcripts with
// addresses, entrances and phones in words, e-mails with headers, quotes and
// signatures, web forms, SMS, CSV meter readings, pipe tables of debtors,
// dispatch logs, OCR'd ownership certificates and passports. Entrances and
// floors after the flat, debtors by surname and initials, owners in the
// genitive, refund accounts beside their БИК. Negatives: flats' ten-digit
// personal accounts, a flat alone, meter serials and readings, request and
// cadastral numbers, КПП, БИК, к/с, masked cards, numbers with wrong check
// digits.
//
// The engine was judged on it once, untuned, with rules-2025.177 (engine
// 1.172.0, commit 8c79070): PHONE 0.946, INN 0.929 missed their targets
// (phones dictated in words in groups, one also read as an INN; a flat's
// ten-digit personal account read as a phone); PERSON 0.982, ADDRESS 0.936
// and the other types (1.0) met theirs; 5.591% of PII characters leaked (528
// of 9444: PERSON 42, PHONE 114, ADDRESS 372), against the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.178
// (engine 1.173.0), with those of the other files from heldout416 to
// heldout418: a log's quoted address with its entrance (addr="Shartashskaya
// St 9, entr. 2, apt 58"), a spoken entrance and floor by their ordinals
// ("улица труда сто пятьдесят шесть второй подъезд пятый этаж"), and a
// flat's personal account after a phone is no longer a phone. Left: phones
// dictated in words in groups (one read as an INN), a street named after a
// person in lower case ("салавата юлаева"), and an entrance after its number
// ("подъезд третий"). Tuned: PERSON 0.982, PHONE 0.955, INN 0.929, ADDRESS
// 0.958; 4.310% leaked (407 of 9444). rules-2025.179 (engine 1.174.0) then
// read its phones in groups after a question for one, a city's seven digits
// among them, and no longer took one for an INN: PHONE 0.991 (now met), INN
// 0.963; 3.103% leaked (293 of 9444).

// heldout418Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout418Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.962, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.97, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout418MaxLeak: target 0.005, missed untuned (5.591%), missed tuned (3.103%).
const heldout418MaxLeak = 0.032

func TestHeldout418(t *testing.T) {
	corpusCheck{file: "testdata/heldout418.jsonl", name: "four-hundred-and-eighteenth held-out corpus", minMessages: 250,
		floors: heldout418Floor, everyType: true, maxLeak: heldout418MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
