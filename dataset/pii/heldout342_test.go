package pii

import "testing"

// testdata/heldout342.jsonl is the three-hundred-and-forty-second held-out
// file: 277 messages (137 Russian, 140 English; 63 without personal data;
// 514 gold spans: PERSON 290, PHONE 54, ADDRESS 39, EMAIL 38, PASSPORT 19,
// INN 18, BANK_ACCOUNT 15, IP 13, CARD 11, OGRN 10, SNILS 7), written by
// hand by someone who saw neither the engine nor any other labelled file,
// while the engine was tuned on files up to heldout339. It is the CRM of
// an art gallery and auction house in Moscow, St Petersburg and Dubai:
// consignments, buyers' registration with passports, bids, invoices and
// settlements, refunds, certificates of authenticity, valuations,
// restoration, shipping and customs. Chats, SMS, lower-case call and
// voice-message transcripts, e-mails with headers, quotes and signatures,
// web forms, OCR'd passports, CSV and pipe lot tables (lot, artist, title,
// consignor, estimate), CRM and access logs, requisites. Arabic, Chinese,
// Korean and European names, names in Latin capitals, clients sharing an
// artist's surname (Шишкин, Кончаловский, Goncharov). Negatives: artworks
// named after people («Портрет Анны», "Portrait of Maria"), the Victoria &
// Albert Museum, lot, certificate and AWB numbers, КПП, БИК, wrong check
// digits. The writer was told, by the prompt this session wrote, to leave
// famous artists mentioned as artists unlabelled; earlier files disagree
// on them (heldout61's auction labelled an attribution as a person,
// heldout226's print shop did not), and the engine reports a catalogue's
// attribution (Айвазовский И.К., Серов В.А.) as a person.
//
// The engine was judged on it once, untuned, with rules-2025.162 (engine
// 1.157.0, commit 5d6fef8): PERSON 0.880 missed its target: most of its 68
// false positives are the artists of the lots (Айвазовский И.К., Малевича,
// Natalia Goncharova, Левитану) that the writer left unlabelled by the
// prompt's convention, and sitters named in artworks' titles; ADDRESS
// 0.974 and the other types (1.0) met theirs; 1.790% of PII characters
// leaked (152 of 8492: PERSON 75, ADDRESS 71, PASSPORT 6).
//
// It is no longer held out: after that run its misses drove rules-2025.163
// (engine 1.158.0), with those of the other files from heldout340 to
// heldout343: sitters in artworks' titles ("«Портрет Марии Фёдоровны»", the
// "Portrait of Anna", "портрет анны"); not the lots' artists, whose
// labelling is the prompt's convention. Tuned: PERSON 0.891, ADDRESS 0.974
// as untuned; 1.790% leaked (152 of 8492).

// heldout342Floor holds the tuned figures: the targets where met, the measured level where not.
var heldout342Floor = map[string]float64{
	TypeBankAccount: 0.97, TypeCard: 0.97, TypeEmail: 0.97, TypeINN: 0.97, TypeIP: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.97, TypePhone: 0.97, TypeSNILS: 0.97, TypeAddress: 0.92, TypePerson: 0.87,
}

// heldout342MaxLeak: target 0.005, missed untuned (1.790%), missed tuned (1.790%).
const heldout342MaxLeak = 0.018

func TestHeldout342(t *testing.T) {
	corpusCheck{file: "testdata/heldout342.jsonl", name: "three-hundred-and-forty-second held-out corpus", minMessages: 250,
		floors: heldout342Floor, everyType: true, maxLeak: heldout342MaxLeak, errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}
