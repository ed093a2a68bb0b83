package pii

import "testing"

// testdata/heldout192.jsonl is the hundred-and-ninety-second held-out file:
// 278 messages (140 Russian, 138 English; 56 without personal data; 573
// gold spans: PERSON 331, ADDRESS 80, PHONE 63, EMAIL 37, PASSPORT 13, IP
// 13, INN 9, BANK_ACCOUNT 8, CARD 8, SNILS 7, OGRN 4), written by hand by
// someone who saw neither the engine nor any other labelled file, while the
// engine was tuned on heldout190 and heldout191. It is the CRM of a
// medical-equipment rental and stretcher-transport service in Moscow,
// Kazan, Yekaterinburg and Minsk: beds, wheelchairs, oxygen concentrators
// and walkers with deposits, deliveries and pick-ups with entrances,
// floors, lifts and intercoms, patient transport between homes, hospitals
// and sanatoriums, social-fund compensation, refunds, complaints, deletion
// requests; German and Chinese suppliers (a fake bank-details e-mail among
// them) and expat families in English. Chats, lower-case transcripts with
// addresses said aloud, e-mails with headers, quotes, forwards and
// signatures, web forms, CSV and pipe tables, OCR'd passports and SNILS
// cards, GPS-tracker, booking and login logs. Relatives naming patients in
// every case, first name and patronymic alone, diminutives, names in
// capitals, "Surname, Name" in logs, Tatar and Belarusian names; names
// that are also words (Надежда, Вера, Любовь, Слава, Лев, Роман, Венера,
// Hope, Grace, Will, Mark, Leo, Victoria); hospitals and firms named after
// people (им. Боткина, Склифосовского, Pirogov, Burdenko) are no people.
// Negatives: order, invoice, waybill, claim, referral and contract numbers,
// ОМС, serials, plates, КПП, БИК, ОКПО, correspondent accounts, an IBAN, a
// VAT number, an RRN, masked cards, versions shaped like IPs, wrong check
// digits.
//
// The engine was judged on it once, untuned, with rules-2025.118 (engine
// 1.116.0, commit 9953d05): BANK_ACCOUNT 0.941 (an account the text says
// does not match its БИК, "не сходится с БИК", with no БИК to check it)
// missed its target; ADDRESS 0.968, PERSON 0.971 and the other types (1.0)
// met theirs; 3.239% of PII characters leaked (318 of 9817: ADDRESS 217,
// mostly addresses said aloud in Russian and English transcripts, PERSON
// 98, PHONE 3), against the target of 0.5%.
//
// rules-2025.119 (engine 1.117.0) was then tuned on it and on heldout193:
// addresses said aloud with their flats in Russian ("на кутузовском
// двадцать шесть квартира девяносто", "тридцать один дробь двадцать два")
// and in Latin letters with no keyword ("bolshaya dorogomilovskaya
// fourteen apartment eighty two"), an account that "не сходится с БИК", a
// Belarusian number dialled at home ("8 017 284-65-31"), German firms'
// words (Medizintechnik, Reha), Belarusian and Spanish first names.
// BANK_ACCOUNT 1.0, ADDRESS 0.994, PERSON 0.977; leak 1.059% (104 of
// 9817). These are tuned figures; the floors guard them.
//
// Since rules-2025.219 the engine masks a Belarusian identification number
// ("3120590A001PB5") as an identity document, as heldout474, 512, 531, 596,
// 670 and 674 label it; this file leaves its one unlabelled, so its PASSPORT
// F1 is 0.963 and its floor 0.96.

// heldout192Floor holds the targets, all met since rules-2025.119.
var heldout192Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.96, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.92,
}

// heldout192MaxLeak: target 0.005; 3.239% untuned, 1.059% tuned.
const heldout192MaxLeak = 0.011

func TestHeldout192(t *testing.T) {
	corpusCheck{file: "testdata/heldout192.jsonl", name: "hundred-and-ninety-second held-out corpus", minMessages: 250,
		floors: heldout192Floor, everyType: true, maxLeak: heldout192MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
