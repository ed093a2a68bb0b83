package pii

import "testing"

// testdata/heldout287.jsonl is the two-hundred-and-eighty-seventh
// held-out file: 277 messages (141 Russian, 136 English; 63 without
// personal data; 609 gold spans: PERSON 315, PHONE 60, EMAIL 50, INN 45,
// ADDRESS 43, PASSPORT 24, SNILS 22, IP 20, OGRN 14, CARD 8, BANK_ACCOUNT
// 8), written by hand by someone who saw neither the engine nor any other
// labelled file, while the engine was tuned on heldout280 to heldout283.
// It is the CRM of an electronic-signature (КЭП) certification centre and
// accounting-software reseller in Moscow, Voronezh, Saratov and Astana:
// applications, identity checks, token deliveries, renewals, licences,
// payments, revocations, complaints, deletion requests; foreign directors
// in English. Chats, SMS, lower-case call transcripts, e-mails with
// headers, quotes, forwards and signatures, long labelled forms, CSV,
// semicolon and pipe lists of issued certificates, X.509 subjects (CN=,
// SN=, G=, INNLE=, OGRN=, SNILS=), OCR'd passports, portal, API and
// acquiring logs, requisites. Directors acting for companies, Kazakh
// names, every case form, diminutives, names that are also words used both
// ways. Negatives: certificate serials and thumbprints, licence keys, a
// token's default PIN, RRN, ARN, ОМС, КПП, БИК, ОКПО, masked cards,
// versions shaped like IPs, wrong check digits.
//
// The engine was judged on it once, untuned, with rules-2025.150 (engine
// 1.145.0, commit e4f3503): INN 0.966, OGRN 0.923 and SNILS 0.927 missed
// their targets (identifiers in a certificate's X.509 subject,
// "INNLE=7714033558, OGRN=1217700354090, SNILS=190-274-563 73"); ADDRESS
// 0.977, PERSON 0.968 and the other types (1.0) met theirs; 2.333% of PII
// characters leaked (226 of 9689: PERSON 113, SNILS 42, OGRN 26, INN 22,
// ADDRESS 17, PASSPORT 6), against the target of 0.5%.
//
// It is no longer held out: after that run its misses drove rules-2025.151
// (engine 1.146.0), with those of the other files from heldout284 to
// heldout295: a certificate subject's keys in any case ("INNLE=", "OGRN=",
// "SNILS=", "ИНН ЮЛ=", "СНИЛС="), an address bounded by them. Tuned: INN,
// OGRN and SNILS 1.0 (now met), PERSON 0.968; 1.404% leaked (136 of 9689).

// heldout287Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout287Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.97, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout287MaxLeak: target 0.005, missed untuned (2.333%), missed tuned (1.404%).
const heldout287MaxLeak = 0.015

func TestHeldout287(t *testing.T) {
	corpusCheck{file: "testdata/heldout287.jsonl", name: "two-hundred-and-eighty-seventh held-out corpus", minMessages: 250,
		floors: heldout287Floor, everyType: true, maxLeak: heldout287MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
