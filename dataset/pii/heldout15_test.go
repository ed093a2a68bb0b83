package pii

import "testing"

// testdata/heldout15.jsonl is the fifteenth held-out file: 268 messages (139
// Russian, 129 English; 64 without personal data; 447 gold spans: PERSON
// 246, PHONE 46, EMAIL 33, ADDRESS 32, PASSPORT 15, INN 14, IP 14, CARD 13,
// SNILS 12, OGRN 11, BANK_ACCOUNT 11), written by hand by someone who saw
// neither the engine nor any other labelled file, while the engine was
// tuned on heldout12 and heldout13. It is the CRM of a travel agency with a
// visa centre, for clients from Russia, Kazakhstan, Uzbekistan, Armenia and
// Tajikistan: tour bookings, hotel vouchers and rooming lists, airline
// names (SURNAME/NAME with MR/MRS/MS/CHD outside the span), name
// corrections, visa forms, employer, sponsor and consular letters with
// passports (Russian internal and foreign, Kazakh N…, Uzbek FA…, Armenian
// AT…) and home addresses in Russia, Central Asia, the UK, Japan and
// Australia, insurance, card payments and refunds, requisites of partners
// and sole traders; complaints, chats with guides and drivers, e-mails with
// forwarded chains, lower-case transcripts and WhatsApp notes, notices with
// IPv4 and IPv6. Names in every case ("Мамедовой Севиль Рауф кызы", "у
// Хачатрянов"), diminutives, first name and patronymic, misspelt client
// names (labelled), a famous architect (labelled). Negatives: Victoria the
// city, Sofia, Marina, Alexandria, Hotel Isabella, Maria Cristina,
// Alexandra Palace, «Надежда», "Address Dubai", "Will you", "Mark my
// words", "Grace period", booking, PNR, voucher, claim, invoice, order,
// e-ticket and flight numbers, plates, policies, КПП, БИК, correspondent
// accounts, a Kazakh BIN and an Armenian TIN, wrong check digits, masked
// cards, versions shaped like IPs and an internal host name.
//
// The engine was judged on it once, untuned, with rules-2025.13 (engine
// 1.11.0, commit 37ca50c): BANK_ACCOUNT, CARD, EMAIL, INN, OGRN and SNILS
// 1.0, PHONE 0.989 and ADDRESS 0.952 (targets met); IP 0.966 (1 false
// alarm), PASSPORT 0.966 (1 of 15 missed) and PERSON 0.896 (22 misses, 30
// false alarms of 246) miss theirs; 4.566% of PII characters leaked (335 of
// 7337: PERSON 189, ADDRESS 125, PHONE 11, PASSPORT 10).

// It is no longer held out: after that run its misses (with those of
// heldout14, heldout16 and heldout17) drove rules-2025.14 (engine 1.12.0);
// heldout18.jsonl and heldout19.jsonl are the untuned sets. With
// rules-2025.14: every identifier type 1.0, ADDRESS 0.952, PERSON 0.922 (22
// false alarms, 17 misses of 246, most of them hotels and places named like
// people); leak 3.435% (PERSON 127, ADDRESS 125).

// heldout15Floor guards the tuned level.
var heldout15Floor = map[string]float64{
	TypeBankAccount: 0.99, TypeCard: 0.99, TypeEmail: 0.99, TypeINN: 0.99, TypeOGRN: 0.99, TypeSNILS: 0.99,
	TypePhone: 0.99, TypeIP: 0.99, TypePassport: 0.96, TypeAddress: 0.95,
	TypePerson: 0.92, // 0.8960 untuned, 0.9215 tuned
}

// heldout15MaxLeak: target 0.005; 4.566% untuned, 3.435% tuned.
const heldout15MaxLeak = 0.035

func TestHeldout15(t *testing.T) {
	corpusCheck{file: "testdata/heldout15.jsonl", name: "fifteenth held-out corpus", minMessages: 250,
		floors: heldout15Floor, everyType: true, maxLeak: heldout15MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
