package pii

import "testing"

// testdata/heldout229.jsonl is the two-hundred-and-twenty-ninth held-out
// file: 281 messages (141 Russian, 140 English; 57 without personal data;
// 623 gold spans: PERSON 343, ADDRESS 92, PHONE 85, EMAIL 39, INN 14, IP
// 13, BANK_ACCOUNT 12, CARD 8, OGRN 7, PASSPORT 6, SNILS 4), written by
// hand by someone who saw neither the engine nor any other labelled file,
// while the engine was tuned on heldout220 to heldout223.
// It is the CRM of a flower and gift delivery service in Moscow, St
// Petersburg, Yekaterinburg and Almaty: orders with greeting-card texts
// addressed to recipients, anonymous and surprise deliveries, couriers'
// routes, corporate clients and suppliers, payments, refunds for wilted
// flowers, complaints, deletion and access requests. Chats, SMS,
// lower-case call transcripts (addresses said in words), e-mails with
// headers, quotes, forwards and signatures, web forms, CSV, TSV and pipe
// tables, payment and web-shop logs. Names inside card texts in every
// case and as diminutives (Танюше, Наденьке), names that are also words
// used both ways, flower varieties and brands named after people, which
// are no people here (роза «Грейс», пион Сара Бернар, 'Mary Rose', David
// Austin). Negatives: order, invoice, claim, transaction, RRN, ARN and
// fiscal numbers, SKUs, promo codes, a VIN, plates, ОМС, КПП, БИК, ОКПО,
// a Kazakh BIN, masked cards, versions shaped like IPs, wrong check
// digits.
//
// The engine was judged on it once, untuned, with rules-2025.135 (engine
// 1.130.2, commit 2c2182a): PERSON 0.905 (flower varieties and brands
// named after people read as people: the precision is 0.881) and
// BANK_ACCOUNT 0.960 (an account whose key fails, left unlabelled, was
// reported) missed their targets; ADDRESS 0.972 and the other types (1.0)
// met theirs; 2.428% of PII characters leaked (243 of 10007: ADDRESS 125,
// PERSON 118), against the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.137
// (engine 1.132.0), with those of heldout228, heldout230 and heldout231: a
// name in quotes of its own beside a flower's word is a variety (роза
// «Грейс», 'Mary Rose' roses), David Austin is a breeder, "бул." and "пл."
// after a street's name. Tuned: PERSON 0.936, ADDRESS 0.989, BANK_ACCOUNT
// as untuned; 1.219% leaked (122 of 10007).

// heldout229Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout229Floor = map[string]float64{
	TypeBankAccount: 0.96, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.97, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.93,
}

// heldout229MaxLeak: target 0.005, missed untuned (2.428%) and tuned (1.219%).
const heldout229MaxLeak = 0.013

func TestHeldout229(t *testing.T) {
	corpusCheck{file: "testdata/heldout229.jsonl", name: "two-hundred-and-twenty-ninth held-out corpus", minMessages: 250,
		floors: heldout229Floor, everyType: true, maxLeak: heldout229MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
