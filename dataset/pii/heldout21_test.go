package pii

import "testing"

// testdata/heldout21.jsonl is the twenty-first held-out file: 267 messages
// (135 Russian, 132 English; 52 without personal data; 553 gold spans:
// PERSON 273, ADDRESS 53, PHONE 48, EMAIL 31, INN 30, IP 26, CARD 21,
// BANK_ACCOUNT 20, PASSPORT 18, OGRN 17, SNILS 16), written by hand by
// someone who saw neither the engine nor any other labelled file, while the
// engine was tuned on heldout18 and heldout19. It is the CRM of a
// marketplace's seller support and its courier and parcel-locker service:
// buyer, seller and support chats, refunds and chargebacks, address changes
// and pick-up points, couriers and warehouse staff by name, seller
// onboarding with the requisites of sole traders, companies and the
// self-employed (ИНН, ОГРН/ОГРНИП, accounts with БИК, passports, СНИЛС,
// legal addresses), cross-border sellers from China, Turkey, Kazakhstan and
// the EU with their phones, street addresses and passports, fraud and
// account-takeover notices with IPv4 and IPv6, devices and card-testing
// logs; chats, letters, e-mails, notices, order and return lists, HR
// exports, and lower-case transcripts with a spoken phone, passport and two
// spoken addresses (labelled). Negatives: products and shops named like
// people (kettle «Алиса»/"Alice", doll «Маша», perfume Victoria, Nina Ricci,
// Stefan Lighting GmbH), Victoria the city, idioms, Лада Веста; order,
// ticket, claim and invoice ids, S10 and 14-digit tracking numbers, EAN-13,
// SKUs, locker and pick-up codes, promo codes, seller ids, versions shaped
// like IPs, КПП, ОКПО, БИК, correspondent accounts, plates, masked cards, a
// WeChat id, and identifiers with a wrong check digit.
//
// The engine was judged on it once, untuned, with rules-2025.15 (engine
// 1.13.0, commit 9419681): BANK_ACCOUNT, CARD, EMAIL, INN, OGRN, PHONE and
// SNILS 1.0, PASSPORT 0.971, ADDRESS 0.931 and PERSON 0.929 (targets met;
// PERSON recall 0.989, precision 0.877: the doll Маша and the perfume Nina
// named like people); IP 0.960 (2 of 26 missed) misses its target; 3.540% of
// PII characters leaked (325 of 9181: ADDRESS 249, PASSPORT 41, IP 27,
// PERSON 8).

// It is no longer held out: after that run its misses (with heldout20's)
// drove rules-2025.16 (engine 1.14.0); heldout22.jsonl and heldout23.jsonl
// are the untuned sets. With rules-2025.16: every identifier type but
// PASSPORT (0.971) 1.0, ADDRESS 0.981, PERSON 0.961 (20 false alarms, most
// of them products named like people); leak 1.852% (ADDRESS 121, PASSPORT
// 41, PERSON 8).

// heldout21Floor guards the tuned level.
var heldout21Floor = map[string]float64{
	TypeBankAccount: 0.99, TypeCard: 0.99, TypeEmail: 0.99, TypeINN: 0.99, TypeIP: 0.99, TypeOGRN: 0.99,
	TypePhone: 0.99, TypeSNILS: 0.99, TypeAddress: 0.98, TypePerson: 0.96,
	TypePassport: 0.97, // target 0.97: met tuned (0.9714)
}

// heldout21MaxLeak: target 0.005; 3.540% untuned, 1.852% tuned.
const heldout21MaxLeak = 0.019

func TestHeldout21(t *testing.T) {
	corpusCheck{file: "testdata/heldout21.jsonl", name: "twenty-first held-out corpus", minMessages: 250,
		floors: heldout21Floor, everyType: true, maxLeak: heldout21MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
